// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "caseactions.h"
#include "casestore.h"

#include <QByteArray>
#include <QString>

#include <optional>

// One case out of the desk (docs/desk.md "Export"): JSON (harbour-inbox export's array of rows, one
// row: envelope_id, stored, origin, kiosk_key, the report as caseDetails gives it, then the case
// state, notes and history), CSV (one row, the columns of every CSV export: reportview.h reportsCsv), a PDF
// case summary for the organisation's records, and a MARAC pack (PDF) only when the reporter
// consented to multi-agency sharing (routing.multi_agency_consent "yes", docs/protocol.md §17.5).
// Contact details appear only where caseDetails shows them: the report's routing lets this
// organisation contact the reporter directly. Everything is made in memory; the only file written
// is the output, and every export made is an "export" case event.
namespace harbour::desk {

enum class ExportFormat { Json, Csv, Pdf, Marac };
QString exportFormatName(ExportFormat format); // "json", "csv", "pdf", "marac": the export event's purpose
std::optional<ExportFormat> exportFormatFromName(const QString &name);

// The export's bytes. Refused (ErrorKind::Refused) with the reason: a case this desk holds no report
// for, a MARAC pack without the reporter's consent; a PDF needs a QGuiApplication (fonts).
Result<QByteArray> exportCase(CaseStore &store, const QByteArray &caseId, ExportFormat format);

// exportCase written to `path` (created 0600, or put whole in place of an existing regular file),
// then recorded with CaseActions::recordExport. When the record cannot be made the file is removed
// and the export fails: no export leaves the desk unrecorded. The export event's seq, or 0 when the
// event is kept on this desk and reaches the log at the next sync (the intake could not be reached).
Result<qint64> exportCaseToFile(CaseStore &store, CaseActions &actions, const QByteArray &caseId,
    ExportFormat format, const QString &path);

} // namespace harbour::desk
