// Reading articles from .txt and .jsonl files. Per-record problems (bad UTF-8, binary data, a
// broken JSON line) are reported through the problem callback and never stop the rest of a run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/Article.h"

namespace ng {

/// A rejected file or record: where, and what is wrong, in words a user can act on.
struct InputProblem {
  std::string path;
  std::size_t line = 0;  ///< 1-based line for .jsonl records, 0 for whole files
  std::string message;
  [[nodiscard]] std::string describe() const;  ///< "path:line: message"
};

struct IngestOptions {
  std::size_t maxArticleBytes = 2u << 20;  ///< larger articles are rejected with a message (2 MiB)
};

using ArticleSink = std::function<void(Article&&)>;
using ProblemSink = std::function<void(InputProblem&&)>;

/// Expands files and folders (recursively, sorted by path) into the list of input files.
/// Files in folders that are not .txt or .jsonl are skipped and reported through `skipped`;
/// a path that does not exist is a problem.
[[nodiscard]] std::vector<std::filesystem::path> discoverInputs(
    const std::vector<std::string>& inputs, const ProblemSink& problems,
    const std::function<void(const std::filesystem::path&)>& skipped);

/// Reads one .txt or .jsonl file, streaming .jsonl line by line; calls `articles` once per good
/// article and `problems` once per rejected file or line.
void readInputFile(const std::filesystem::path& path, const IngestOptions& options,
                   const ArticleSink& articles, const ProblemSink& problems);

/// Whether NFC leaves code point `cp` as it is wherever it stands: cleanText() skips the
/// normalization of a text made only of such characters (most news text), since it would
/// return the text unchanged.
[[nodiscard]] bool nfcStable(std::int32_t cp);

/// Checks UTF-8 and returns the NFC form with CRLF/CR turned into LF and a leading BOM removed;
/// on failure returns an empty string and sets `error` ("invalid UTF-8 at byte 1234").
[[nodiscard]] std::string cleanText(std::string_view raw, std::string& error);

/// Builds an article from the text of a .txt file: header lines (Title:, Date:, Source:, URL:)
/// when present, otherwise title and publication date inferred from the text. `id` is the file name.
[[nodiscard]] Article parseTxtArticle(std::string id, std::string text);

/// Parses a date written in news style ("Nov 11, 2025", "11 November 2025", "November 8th, 2025",
/// "2025-11-08") into YYYY-MM-DD; empty when it is not a full date.
[[nodiscard]] std::string parseNewsDate(std::string_view s);

/// Finds a publication date in the first lines of a text or in a "Published ..." line.
[[nodiscard]] std::string inferPublicationDate(std::string_view text);

}  // namespace ng
