// What entity resolution reads of the articles of a build, kept compact so that a large build
// holds little per article until the quads are made: every distinct name is stored once, and
// each thing (actor, place, event) of each article is a few numbers. Facts, evidence and text
// stay out (a build parks the full graphs on disk, see app/ArticleSpill.h).
#pragma once

#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/ArticleGraph.h"

namespace ng {

class ResolutionInput {
 public:
  /// One thing of one article: its class, its label and its other forms (name numbers, see
  /// name()). A form equal to the label is not kept: it adds no name to match or to list.
  struct Thing {
    onto::Class cls = onto::Class::Organization;
    std::uint32_t label = 0;
    std::uint32_t firstForm = 0;  ///< into the form table, see forms()
    std::uint32_t formCount = 0;
  };
  struct Article {
    std::string id;
    std::string date;
    std::uint32_t firstThing = 0, thingCount = 0;
    std::uint32_t firstEdge = 0, edgeCount = 0;
  };

  ResolutionInput() = default;
  /// add() of each graph.
  explicit ResolutionInput(const std::vector<ArticleGraph>& graphs);
  // Moves only: the name index holds views of the stored names, which a move keeps in place
  // and a copy would not.
  ResolutionInput(const ResolutionInput&) = delete;
  ResolutionInput& operator=(const ResolutionInput&) = delete;
  ResolutionInput(ResolutionInput&&) = default;
  ResolutionInput& operator=(ResolutionInput&&) = default;

  /// Appends the things of `g` (its resolvable nodes, in their order) and the edges from its
  /// events to a thing or a literal, with node numbers counted among the things only.
  void add(const ArticleGraph& g);
  /// Orders the articles by identifier (stable: articles with the same identifier keep their
  /// order). Things stay where they are; only the article list is reordered.
  void sortById();

  [[nodiscard]] std::size_t size() const { return articles_.size(); }
  [[nodiscard]] const Article& article(std::size_t a) const { return articles_[a]; }
  [[nodiscard]] std::span<const Thing> things(std::size_t a) const {
    return {things_.data() + articles_[a].firstThing, articles_[a].thingCount};
  }
  /// Edges of article a's events; subject and node objects number its things (0..thingCount-1).
  [[nodiscard]] std::span<const Edge> edges(std::size_t a) const {
    return {edges_.data() + articles_[a].firstEdge, articles_[a].edgeCount};
  }
  [[nodiscard]] const std::string& name(std::uint32_t id) const { return names_[id]; }
  [[nodiscard]] const std::string& label(const Thing& t) const { return names_[t.label]; }
  /// Name numbers of the forms of `t` other than its label.
  [[nodiscard]] std::span<const std::uint32_t> forms(const Thing& t) const {
    return {forms_.data() + t.firstForm, t.formCount};
  }
  /// How many distinct names are stored.
  [[nodiscard]] std::size_t names() const { return names_.size(); }
  /// How many facts (nodes that are not things) the graphs given to add() had; they are not kept.
  [[nodiscard]] std::size_t facts() const { return facts_; }

 private:
  std::uint32_t intern(const std::string& s);

  std::vector<Article> articles_;
  std::vector<Thing> things_;
  std::vector<std::uint32_t> forms_;
  std::vector<Edge> edges_;
  std::deque<std::string> names_;  // a deque: the views in nameId_ stay valid as it grows
  std::unordered_map<std::string_view, std::uint32_t> nameId_;
  std::size_t facts_ = 0;
};

}  // namespace ng
