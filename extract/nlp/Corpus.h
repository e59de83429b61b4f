// Training and evaluation samples built from the corpora in ../shared/corpora: POS-tagged
// sentences from CoNLL-U (UD English EWT, GUM), BIO-tagged named entities from GUM's Entity
// annotation and from wikigold. The words are retokenized the way newsgraph's segmenter
// tokenizes text, so that the models see at training time what they see at run time.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "extract/nlp/Conllu.h"

namespace ng::nlp {

/// One sentence with one tag per word (a PTB tag, or a BIO entity tag such as "B-PER").
struct TaggedSentence {
  std::string docId;
  std::vector<std::string> words;
  std::vector<std::string> tags;
};

/// Ranges [first, last] of words that form one hyphenated compound written without spaces
/// ("Bailey", "-", "Ross"), which newsgraph's segmenter keeps as one token. Every word is in
/// exactly one range; most ranges hold one word.
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> hyphenGroups(const ConlluSentence& s);

/// Words with their XPOS (PTB) tags. With `joinHyphens`, a hyphenated compound becomes one
/// word tagged like its syntactic head ("Saudi-led" VBN, "Bailey-Ross" NNP).
[[nodiscard]] std::vector<TaggedSentence> posSentences(const std::vector<ConlluSentence>& corpus,
                                                       bool joinHyphens = true);

/// The flat BIO tags (PER, ORG, LOC, EVENT) of one GUM sentence, one per word, before joining.
/// A named mention is a person/organization/place/event mention whose syntactic head is a
/// PROPN. Each is cut down to the name itself: for a person, the head and its flat dependents
/// ("NASA Administrator Charles Bolden" → "Charles Bolden"), or, when the head is a common noun,
/// its PROPN apposition ("the critic Eduard Hanslick" → "Eduard Hanslick"); otherwise the capitalized run
/// around the head inside its subtree, joined by lowercase connectors ("University of
/// Portsmouth", not "the" before it nor ", United Kingdom" after it). Overlapping names keep
/// the longest.
[[nodiscard]] std::vector<std::string> gumEntityTags(const ConlluSentence& s);

/// BIO-tagged sentences from GUM (see gumEntityTags), hyphenated compounds joined.
[[nodiscard]] std::vector<TaggedSentence> gumEntitySentences(const std::vector<ConlluSentence>& corpus,
                                                             bool joinHyphens = true);

/// wikigold (CoNLL-2003 IO tags) as BIO with PER/ORG/LOC; MISC becomes O, a leading "The"
/// and a final possessive "'s" are taken out of names to follow the GUM convention above.
/// Throws std::runtime_error naming the file when it cannot be read.
[[nodiscard]] std::vector<TaggedSentence> readWikigold(const std::filesystem::path& path);

/// The GUM news documents ("GUM_news_*") held out from training: in order of first appearance,
/// those whose index is a multiple of `every` (0, every, 2*every, ...). Empty when every <= 0.
[[nodiscard]] std::set<std::string> heldOutNewsDocs(const std::vector<ConlluSentence>& corpus, int every);

/// Turns "I-X" tags that follow "O" or another type into "B-X".
void repairBio(std::vector<std::string>& tags);

}  // namespace ng::nlp
