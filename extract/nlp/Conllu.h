// A reader for CoNLL-U files (Universal Dependencies), for training and evaluation.
// Multiword-token ranges ("3-4") and empty nodes ("8.1") are skipped: a sentence holds its
// syntactic words only. HEAD keeps the file's 1-based ids, which stay valid because the words
// are numbered 1..n without gaps once those lines are gone.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace ng::nlp {

struct ConlluWord {
  std::string form;
  std::string upos;
  std::string xpos;
  std::string deprel;
  std::string misc;
  int head = 0;  ///< 1-based id of the head word, 0 for the root
  [[nodiscard]] bool spaceAfter() const;
  /// The value of a MISC key ("Entity", "SpaceAfter"), or "" when absent.
  [[nodiscard]] std::string_view miscValue(std::string_view key) const;
};

struct ConlluSentence {
  std::string docId;   ///< from the last "# newdoc id = " comment
  std::string sentId;  ///< from "# sent_id = "
  std::vector<ConlluWord> words;
};

/// Reads every sentence of a CoNLL-U file. Throws std::runtime_error naming the file and line
/// when it cannot be opened or a word line does not have 10 columns.
[[nodiscard]] std::vector<ConlluSentence> readConllu(const std::filesystem::path& path);

}  // namespace ng::nlp
