// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorystore.h"

#include "store/settings.h"

namespace harbour::directory {

Q_LOGGING_CATEGORY(lcDirectory, "harbour.directory")

DirectoryStore::DirectoryStore(store::Settings *settings, QList<QByteArray> trustedKeys)
    : m_settings(settings)
    , m_trustedKeys(std::move(trustedKeys))
{
}

Result<SignedDirectory> DirectoryStore::check(
    const QByteArray &file, const QString &what, const QDateTime &now) const
{
    auto verified = verifySignedDirectory(file, m_trustedKeys);
    if (!verified)
        return Result<SignedDirectory>::failure(QStringLiteral("%1 refused: %2").arg(what, verified.error()));
    if (const QString problem = checkValidAt(verified->directory, now); !problem.isEmpty())
        return Result<SignedDirectory>::failure(QStringLiteral("%1 refused: %2").arg(what, problem));
    return verified;
}

bool DirectoryStore::remember(const SignedDirectory &accepted)
{
    m_highestSerial = std::max(m_highestSerial, accepted.directory.serial);
    if (!m_settings)
        return true;
    // One transaction: the kept directory and the rollback floor never disagree after a crash.
    return m_settings
        ->transaction([&] {
            return m_settings->setBytes(QString::fromLatin1(kLastGoodKey), accepted.file)
                && m_settings->setInteger(QString::fromLatin1(kHighestSerialKey), m_highestSerial);
        })
        .ok();
}

void DirectoryStore::load(const QByteArray &embeddedFile, const QDateTime &now)
{
    m_problems.clear();
    m_current.reset();
    m_source = Source::None;

    std::optional<SignedDirectory> stored;
    if (m_settings) {
        bool ok = true;
        if (auto serial = m_settings->integer(QString::fromLatin1(kHighestSerialKey), &ok))
            m_highestSerial = *serial;
        const auto bytes = m_settings->bytes(QString::fromLatin1(kLastGoodKey), &ok);
        if (!ok)
            m_problems << QStringLiteral("the kept directory cannot be read from the settings store");
        if (bytes) {
            // Checked again: the app's trusted keys may have changed since it was kept, or it expired.
            auto checked = check(*bytes, QStringLiteral("the kept directory"), now);
            if (checked)
                stored = checked.value();
            else
                m_problems << checked.error();
        }
    }
    std::optional<SignedDirectory> embedded;
    if (!embeddedFile.isEmpty()) {
        auto checked = check(embeddedFile, QStringLiteral("the built-in directory"), now);
        if (checked)
            embedded = checked.value();
        else
            m_problems << checked.error();
    }
    // The built-in directory ships with the app, so its serial is not held to the rollback floor:
    // it is the fallback when the kept one has expired. A newer built-in one (an app update) wins.
    if (stored && (!embedded || stored->directory.serial >= embedded->directory.serial)) {
        m_current = stored;
        m_source = Source::Stored;
    } else if (embedded) {
        m_current = embedded;
        m_source = Source::Embedded;
        if (embedded->directory.serial > m_highestSerial && !remember(*embedded))
            m_problems << QStringLiteral("the built-in directory could not be kept in the settings store");
    }
    for (const QString &problem : std::as_const(m_problems))
        qCWarning(lcDirectory).noquote() << problem;
    if (m_current)
        qCInfo(lcDirectory) << "using directory serial" << m_current->directory.serial << "from"
                            << (m_source == Source::Stored ? "the settings store" : "the app");
    else
        qCWarning(lcDirectory) << "no usable recipient directory";
}

Result<void> DirectoryStore::offer(const QByteArray &file, const QDateTime &now)
{
    using R = Result<void>;
    m_problems.clear();
    auto checked = check(file, QStringLiteral("the offered directory"), now);
    if (!checked) {
        m_problems << checked.error();
        qCWarning(lcDirectory).noquote() << checked.error();
        return R::failure(checked.error());
    }
    const qint64 serial = checked->directory.serial;
    const qint64 floor = std::max(m_highestSerial, m_current ? m_current->directory.serial : 0);
    if (m_current && m_current->payload == checked->payload)
        return {}; // the one in use again: nothing changes
    QString refusal;
    if (serial < floor)
        refusal = QStringLiteral(
            "the offered directory refused: rollback: its serial %1 is older than the last good "
            "directory's serial %2")
                      .arg(serial)
                      .arg(floor);
    else if (serial == floor)
        refusal
            = QStringLiteral("the offered directory refused: serial %1 is already used by another directory")
                  .arg(serial);
    if (!refusal.isEmpty()) {
        m_problems << refusal;
        qCWarning(lcDirectory).noquote() << refusal;
        return R::failure(refusal);
    }
    if (!remember(checked.value())) {
        const QString error = QStringLiteral("the offered directory could not be kept in the settings store");
        m_problems << error;
        return R::failure(error);
    }
    m_current = checked.value();
    m_source = Source::Offered;
    qCInfo(lcDirectory) << "accepted directory serial" << serial;
    return {};
}

} // namespace harbour::directory
