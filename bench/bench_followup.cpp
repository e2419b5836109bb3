// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-bench-followup: what entering a follow-up code (docs/protocol.md §13, §19.1) costs on this
// machine: the one Argon2id MODERATE derivation (3 passes over 256 MiB) and the subkeys after it,
// each against a floor measured in the same run (filling and reading 256 MiB once with memset, the
// least any 256 MiB memory-hard function must do). Prints one line per figure and the peak
// resident memory of the process, and estimates a low-end phone from the same factor as
// harbour-bench-admission. The code is random and never printed.
#include "protocol/mailbox.h"

#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace harbour;
namespace mb = protocol::mailbox;

namespace {

constexpr int kRuns = 5;
// A low-end phone (four Cortex-A53 cores at 1.4 GHz, LPDDR3) runs Argon2id about this many times
// slower per core than one core of this machine (bench_admission.cpp): an estimate, not a measurement.
constexpr double kLowEndPhoneFactor = 8.0;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main()
{
    std::vector<double> derive, subkeys, floor;
    for (int i = 0; i < kRuns; ++i) {
        const QByteArray code = mb::generateCode();
        QElapsedTimer timer;
        timer.start();
        auto seed = mb::deriveSeed(code);
        derive.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!seed) {
            std::fprintf(stderr, "harbour-bench-followup: %s\n", qPrintable(seed.error()));
            return 1;
        }
        timer.restart();
        mb::Keys keys = mb::keysFromSeed(seed.value());
        subkeys.push_back(double(timer.nsecsElapsed()) / 1e6);
        keys.wipe();
        timer.restart();
        std::vector<unsigned char> block(mb::kMemLimitBytes);
        std::memset(block.data(), i + 1, block.size());
        volatile unsigned sum = 0;
        for (size_t at = 0; at < block.size(); at += 4096)
            sum = sum + block[at];
        floor.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double d = median(derive);
    std::printf("follow-up code derivation (Argon2id MODERATE, 256 MiB, one thread): median %.0f ms of %d "
                "(min %.0f, max %.0f); floor (touch 256 MiB once) %.0f ms\n",
        d, kRuns, *std::min_element(derive.begin(), derive.end()),
        *std::max_element(derive.begin(), derive.end()), median(floor));
    std::printf("mailbox subkeys and key pairs after it: median %.3f ms\n", median(subkeys));
    std::printf("peak resident memory of this process: %ld MiB\n", usage.ru_maxrss / 1024);
    // The fastest run is the one least disturbed by whatever else the machine runs.
    const double fastest = *std::min_element(derive.begin(), derive.end());
    std::printf("low-end phone estimate (x%.0f the fastest run): about %.1f s and 256 MiB, once per code "
                "entered\n",
        kLowEndPhoneFactor, fastest * kLowEndPhoneFactor / 1000.0);
    return 0;
}
