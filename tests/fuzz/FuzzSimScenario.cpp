// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a simulator scenario file through Scenario::load, as `duet-sim --scenario` reads it.

#include "FuzzSupport.h"
#include "Scenario.h"

using namespace duet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray json = fuzz::bytes(data, size);
    sim::Scenario scenario;
    QString error;
    if (!sim::Scenario::load(json, &scenario, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    // What the loader promises the simulator: steps sorted by time, sane limits and ratios.
    for (qsizetype i = 1; i < scenario.steps.size(); ++i)
        FUZZ_CHECK(scenario.steps[i - 1].atMs <= scenario.steps[i].atMs);
    FUZZ_CHECK(scenario.delivery.readMinMs <= scenario.delivery.readMaxMs);
    FUZZ_CHECK(scenario.delivery.readRatio >= 0 && scenario.delivery.readRatio <= 1);
    for (const sim::TemplateSpec& t : scenario.templates)
        FUZZ_CHECK(scenario.findTemplate(t.name, t.language) != nullptr);
    return 0;
}
