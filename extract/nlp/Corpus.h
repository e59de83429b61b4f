// Training and evaluation samples built from the corpora in ../shared/corpora: POS-tagged
// sentences from CoNLL-U (UD English EWT, GUM), BIO-tagged named entities from GUM's Entity
// annotation and from wikigold. The words are retokenized the way newsgraph's segmenter
// tokenizes text, so that the models see at training time what they see at run time.
#pragma once

#include <filesystem>
#include <functional>
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

/// Whether a word is a title word ("President", "Secretary", "Undersecretary", "Mr.").
using TitleWordFn = std::function<bool(std::string_view)>;

/// The words of the title phrases of data/gazetteer/titles.tsv in `gazetteerDir`, compared in
/// lowercase ("Chief Justice": "chief" and "justice"). An empty function when the file is not there.
/// Throws std::runtime_error when the file exists but cannot be read.
[[nodiscard]] TitleWordFn loadTitleWords(const std::filesystem::path& gazetteerDir);

/// The flat BIO tags (PER, ORG, LOC, EVENT) of one GUM sentence, one per word, before joining.
/// A named mention is a person/organization/place/event mention whose syntactic head is a
/// PROPN. Each is cut down to the name itself:
/// - a person: the head and its flat dependents ("NASA Administrator Charles Bolden" → "Charles
///   Bolden"); when the head is a common noun or a title word (`titleWord`:
///   "Undersecretary"), its PROPN apposition or flat dependent with the flat words after it
///   ("the critic Eduard Hanslick" → "Eduard Hanslick", "city mayor Hau Lung-bin" → "Hau
///   Lung-bin"); a group of people (head NNPS: "Palestinians", "the French") is no name;
/// - otherwise: the capitalized run around the head inside its subtree, joined by lowercase
///   connectors such as "of", "for", "and" ("University of Portsmouth", not "the" before it nor
///   ", United Kingdom" after it); what is coordinated with the head or in apposition to it is a
///   name of its own ("Khartoum and Juba"), and "in"/"at" end a name ("Columbia University in
///   New York" → "Columbia University").
/// A leading "the" is never part of a name ("The Confederacy" → "Confederacy"), and a name has
/// a capitalized word or a number in it. Overlapping names keep the longest.
[[nodiscard]] std::vector<std::string> gumEntityTags(const ConlluSentence& s, const TitleWordFn& titleWord = {});

/// BIO-tagged sentences from GUM (see gumEntityTags), hyphenated compounds joined. A person
/// name made only of common words (a title standing for the person: "the President", "Chief
/// Justice") is left out. Common words: `commonWord` (train and eval pass
/// PosTagger::usuallyLowercase, so that every split gets the same definition), or without it the
/// words written in lowercase at least twice in `corpus`.
[[nodiscard]] std::vector<TaggedSentence> gumEntitySentences(const std::vector<ConlluSentence>& corpus,
                                                             bool joinHyphens = true,
                                                             const TitleWordFn& titleWord = {});

/// wikigold (CoNLL-2003 IO tags) as BIO with PER/ORG/LOC; MISC becomes O (or, with
/// `keepMisc`, stays MISC: training data for a label the recognizer never outputs), a leading
/// "The" and a final possessive "'s" are taken out of names to follow the GUM convention above.
/// Throws std::runtime_error naming the file when it cannot be read.
[[nodiscard]] std::vector<TaggedSentence> readWikigold(const std::filesystem::path& path, bool keepMisc = false);

/// The GUM news documents ("GUM_news_*") held out from training: in order of first appearance,
/// those whose index is a multiple of `every` (0, every, 2*every, ...). Empty when every <= 0.
[[nodiscard]] std::set<std::string> heldOutNewsDocs(const std::vector<ConlluSentence>& corpus, int every);

/// Turns "I-X" tags that follow "O" or another type into "B-X".
void repairBio(std::vector<std::string>& tags);

}  // namespace ng::nlp
