// An input article as read from a .txt or .jsonl file: checked UTF-8, NFC-normalized text and
// the metadata the input gave or that could be inferred from the text.
#pragma once

#include <cstddef>
#include <string>

namespace ng {

struct Article {
  std::string id;         ///< dcterms:identifier: the file name for .txt, the "id" field for .jsonl
  std::string title;      ///< may be empty
  std::string date;       ///< publication date as YYYY-MM-DD, or empty when unknown
  std::string publisher;  ///< outlet, may be empty
  std::string url;        ///< may be empty
  std::string text;       ///< body text, valid UTF-8 in NFC, without the header lines
  std::string sourcePath; ///< the file it came from
  std::size_t line = 0;   ///< 1-based line in a .jsonl file, 0 for .txt
};

}  // namespace ng
