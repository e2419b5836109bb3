// SPDX-License-Identifier: GPL-3.0-or-later
// Questionnaire files (app/questionnaire/, docs/questionnaire.md): an organisation may load its own,
// so Questionnaire::fromJson meets whatever a file holds.
#include "fuzzsupport.h"
#include "questionnaire/questionnaire.h"

using namespace harbour;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::application();
    auto questionnaire = questionnaire::Questionnaire::fromJson(fuzz::bytes(data, size));
    if (!questionnaire)
        HARBOUR_FUZZ_CHECK(!questionnaire.error().isEmpty()); // a refusal always says why
    return 0;
}
