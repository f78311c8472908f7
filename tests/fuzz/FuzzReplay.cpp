// SPDX-License-Identifier: GPL-3.0-or-later
// The main of a fuzz target outside fuzzing builds: runs every input file of the given directories.

#include "FuzzSupport.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

/// The regular files of `dir` (not recursive), sorted by name; false when it does not exist.
bool listFiles(const fs::path& dir, std::vector<fs::path>* files)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return false;
    for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
        if (e.is_regular_file(ec))
            files->push_back(e.path());
    }
    std::sort(files->begin(), files->end());
    return true;
}

} // namespace

/// Usage: fuzz_<target> [--corpus DIR] [DIR | FILE]...
/// The --corpus directory must exist and hold at least one input; the others may be absent (a target
/// without regression inputs). A crash or failed invariant aborts, naming the input first.
int main(int argc, char** argv)
{
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool required = arg == "--corpus";
        const fs::path path = required && i + 1 < argc ? fs::path(argv[++i]) : fs::path(arg);
        std::error_code ec;
        if (fs::is_regular_file(path, ec)) {
            inputs.push_back(path);
            continue;
        }
        std::vector<fs::path> files;
        if (!listFiles(path, &files) && required) {
            std::cerr << "no corpus directory " << path << "\n";
            return 2;
        }
        if (required && files.empty()) {
            std::cerr << "the corpus " << path << " is empty\n";
            return 2;
        }
        inputs.insert(inputs.end(), files.begin(), files.end());
    }
    for (const fs::path& file : inputs) {
        std::ifstream in(file, std::ios::binary);
        const std::vector<char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        std::cerr << "input " << file.string() << "\n";
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(data.data()), data.size());
    }
    std::cout << "replayed " << inputs.size() << " inputs\n";
    return 0;
}
