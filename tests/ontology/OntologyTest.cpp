// Checks ontology/newsgraph.ttl (as embedded in the build) against the C++ vocabulary: every class
// and property newsgraph writes is declared, labelled and commented, and the class hierarchy and
// the alignments with schema.org, SEM and PROV-O are as the contract (ONTOLOGY.md) says.
#include "ontology/OntologyText.h"
#include "ontology/Vocabulary.h"

#include <gtest/gtest.h>
#include <serd/serd.h>
#include <sord/sord.h>

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace {

using ng::onto::Class;
using ng::onto::Prop;

constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kSchema = "https://schema.org/";
constexpr std::string_view kSem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";

std::string cat(std::string_view a, std::string_view b) { return std::string(a) + std::string(b); }

struct WorldDeleter {
  void operator()(SordWorld* w) const { sord_world_free(w); }
};
struct ModelDeleter {
  void operator()(SordModel* m) const { sord_free(m); }
};
struct EnvDeleter {
  void operator()(SerdEnv* e) const { serd_env_free(e); }
};
struct ReaderDeleter {
  void operator()(SerdReader* r) const { serd_reader_free(r); }
};
struct NodeDeleter {
  SordWorld* world = nullptr;
  void operator()(SordNode* n) const {
    if (n != nullptr) sord_node_free(world, n);
  }
};
using WorldPtr = std::unique_ptr<SordWorld, WorldDeleter>;
using ModelPtr = std::unique_ptr<SordModel, ModelDeleter>;
using EnvPtr = std::unique_ptr<SerdEnv, EnvDeleter>;
using ReaderPtr = std::unique_ptr<SerdReader, ReaderDeleter>;
using NodePtr = std::unique_ptr<SordNode, NodeDeleter>;

// Collects the reader's error messages instead of printing them.
SerdStatus collectError(void* handle, const SerdError* error) {
  auto* out = static_cast<std::string*>(handle);
  char buf[512];
  va_list args;
  va_copy(args, *error->args);
  std::vsnprintf(buf, sizeof buf, error->fmt, args);
  va_end(args);
  *out += "line " + std::to_string(error->line) + ":" + std::to_string(error->col) + ": " + buf;
  return SERD_SUCCESS;
}

/// The embedded ontology, parsed once into a Sord model.
class Ontology {
 public:
  static const Ontology& get() {
    static const Ontology instance;
    return instance;
  }

  [[nodiscard]] const std::string& parseErrors() const { return errors_; }
  [[nodiscard]] SerdStatus status() const { return status_; }
  [[nodiscard]] std::size_t size() const { return sord_num_quads(model_.get()); }

  [[nodiscard]] NodePtr uri(std::string_view iri) const {
    const std::string s(iri);
    return NodePtr(sord_new_uri(world_.get(), reinterpret_cast<const uint8_t*>(s.c_str())),
                   NodeDeleter{world_.get()});
  }

  /// True when the triple <s> <p> <o> is in the ontology (all three IRIs).
  [[nodiscard]] bool has(std::string_view s, std::string_view p, std::string_view o) const {
    const NodePtr sn = uri(s), pn = uri(p), on = uri(o);
    return sord_ask(model_.get(), sn.get(), pn.get(), on.get(), nullptr);
  }

  /// Number of triples <s> <p> ?o.
  [[nodiscard]] std::uint64_t count(std::string_view s, std::string_view p) const {
    const NodePtr sn = uri(s), pn = uri(p);
    return sord_count(model_.get(), sn.get(), pn.get(), nullptr, nullptr);
  }

  /// True when the term has a plain (no language tag), non-empty literal for predicate p.
  [[nodiscard]] bool hasPlainText(std::string_view s, std::string_view p) const {
    const NodePtr sn = uri(s), pn = uri(p);
    const NodePtr value(sord_get(model_.get(), sn.get(), pn.get(), nullptr, nullptr),
                        NodeDeleter{world_.get()});
    if (!value || sord_node_get_type(value.get()) != SORD_LITERAL) return false;
    if (sord_node_get_language(value.get()) != nullptr) return false;
    const char* text = reinterpret_cast<const char*>(sord_node_get_string(value.get()));
    return text != nullptr && *text != '\0';
  }

  /// IRI of the first value of <s> <p> ?o when it is an IRI, else "".
  [[nodiscard]] std::string objectIri(std::string_view s, std::string_view p) const {
    const NodePtr sn = uri(s), pn = uri(p);
    const NodePtr value(sord_get(model_.get(), sn.get(), pn.get(), nullptr, nullptr),
                        NodeDeleter{world_.get()});
    if (!value || sord_node_get_type(value.get()) != SORD_URI) return {};
    return reinterpret_cast<const char*>(sord_node_get_string(value.get()));
  }

 private:
  Ontology()
      : world_(sord_world_new()),
        model_(sord_new(world_.get(), SORD_SPO | SORD_OPS, false)),
        env_(serd_env_new(nullptr)) {
    const std::string text(ng::onto::ontologyTurtle());
    ReaderPtr reader(sord_new_reader(model_.get(), env_.get(), SERD_TURTLE, nullptr));
    serd_reader_set_strict(reader.get(), true);
    serd_reader_set_error_sink(reader.get(), collectError, &errors_);
    status_ = serd_reader_read_string(reader.get(), reinterpret_cast<const uint8_t*>(text.c_str()));
  }

  // Declaration order matters: members are destroyed in reverse, the world last.
  WorldPtr world_;
  ModelPtr model_;
  EnvPtr env_;
  std::string errors_;
  SerdStatus status_ = SERD_SUCCESS;
};

const std::string kType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const std::string kLabel = cat(kRdfs, "label");
const std::string kComment = cat(kRdfs, "comment");
const std::string kSubClassOf = cat(kRdfs, "subClassOf");
const std::string kRange = cat(kRdfs, "range");
const std::string kOwlClass = cat(kOwl, "Class");
const std::string kObjectProperty = cat(kOwl, "ObjectProperty");
const std::string kDatatypeProperty = cat(kOwl, "DatatypeProperty");
const std::string kRdfProperty = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property";

const Ontology& onto() { return Ontology::get(); }

TEST(Ontology, parsesAsStrictTurtle) {
  EXPECT_EQ(onto().status(), SERD_SUCCESS) << onto().parseErrors();
  EXPECT_TRUE(onto().parseErrors().empty()) << onto().parseErrors();
  EXPECT_GT(onto().size(), 100U);
}

TEST(Ontology, hasOntologyHeader) {
  const std::string header = "https://w3id.org/newsgraph/ontology";
  EXPECT_TRUE(onto().has(header, kType, cat(kOwl, "Ontology")));
  EXPECT_TRUE(onto().hasPlainText(header, kLabel));
  EXPECT_TRUE(onto().hasPlainText(header, kComment));
  EXPECT_TRUE(onto().hasPlainText(header, cat(kOwl, "versionInfo")));
  EXPECT_TRUE(onto().hasPlainText(header, "http://purl.org/dc/terms/title"));
}

TEST(Ontology, declaresEveryContractClass) {
  for (int i = 0; i < ng::onto::kClassCount; ++i) {
    const std::string c = ng::onto::iri(static_cast<Class>(i));
    EXPECT_TRUE(onto().has(c, kType, kOwlClass)) << c << " is not typed owl:Class";
    EXPECT_EQ(onto().count(c, kLabel), 1U) << c << " needs exactly one rdfs:label";
    EXPECT_TRUE(onto().hasPlainText(c, kLabel)) << c << " has no plain rdfs:label";
    EXPECT_TRUE(onto().hasPlainText(c, kComment)) << c << " has no plain rdfs:comment";
  }
}

TEST(Ontology, declaresEveryContractProperty) {
  for (int i = 0; i < ng::onto::kPropCount; ++i) {
    const std::string p = ng::onto::iri(static_cast<Prop>(i));
    const bool object = onto().has(p, kType, kObjectProperty);
    const bool datatype = onto().has(p, kType, kDatatypeProperty);
    // ng:topic takes a node or a string (the contract: Statement -> any), so it is only an rdf:Property.
    if (static_cast<Prop>(i) == Prop::topic) {
      EXPECT_TRUE(onto().has(p, kType, kRdfProperty)) << p << " is not an rdf:Property";
      EXPECT_FALSE(object || datatype) << p << " takes nodes and strings: not an OWL object or datatype property";
    } else {
      EXPECT_TRUE(object || datatype) << p << " is neither owl:ObjectProperty nor owl:DatatypeProperty";
    }
    EXPECT_FALSE(object && datatype) << p << " is both an object and a datatype property";
    EXPECT_EQ(onto().count(p, kLabel), 1U) << p << " needs exactly one rdfs:label";
    EXPECT_TRUE(onto().hasPlainText(p, kLabel)) << p << " has no plain rdfs:label";
    EXPECT_TRUE(onto().hasPlainText(p, kComment)) << p << " has no plain rdfs:comment";
  }
}

TEST(Ontology, datatypePropertiesHaveXsdRanges) {
  for (int i = 0; i < ng::onto::kPropCount; ++i) {
    const std::string p = ng::onto::iri(static_cast<Prop>(i));
    if (!onto().has(p, kType, kDatatypeProperty)) continue;
    EXPECT_EQ(onto().objectIri(p, kRange).rfind(kXsd, 0), 0U) << p << " range is not an xsd type";
  }
  EXPECT_TRUE(onto().has(ng::onto::iri(Prop::killed), kRange, cat(kXsd, "integer")));
  EXPECT_TRUE(onto().has(ng::onto::iri(Prop::wounded), kRange, cat(kXsd, "integer")));
  EXPECT_TRUE(onto().has(ng::onto::iri(Prop::confidence), kRange, cat(kXsd, "decimal")));
  EXPECT_TRUE(onto().has(ng::onto::iri(Prop::date), kRange, cat(kXsd, "date")));
  EXPECT_TRUE(onto().has(ng::onto::iri(Prop::startDate), kRange, cat(kXsd, "date")));
  EXPECT_TRUE(onto().has(ng::onto::iri(Prop::endDate), kRange, cat(kXsd, "date")));
}

TEST(Ontology, subClassOfMatchesVocabularyParents) {
  int checked = 0;
  for (int i = 0; i < ng::onto::kClassCount; ++i) {
    const auto c = static_cast<Class>(i);
    const auto parent = ng::onto::parent(c);
    if (!parent) continue;
    ++checked;
    EXPECT_TRUE(onto().has(ng::onto::iri(c), kSubClassOf, ng::onto::iri(*parent)))
        << ng::onto::iri(c) << " is not rdfs:subClassOf " << ng::onto::iri(*parent);
  }
  EXPECT_GT(checked, 20);
}

TEST(Ontology, countryIsAlsoAnActor) {
  EXPECT_TRUE(onto().has(ng::onto::iri(Class::Country), kSubClassOf, ng::onto::iri(Class::Place)));
  EXPECT_TRUE(onto().has(ng::onto::iri(Class::Country), kSubClassOf, ng::onto::iri(Class::Actor)));
}

TEST(Ontology, alignsWithSchemaSemAndProv) {
  const auto sub = [](Class c, const std::string& super) {
    return onto().has(ng::onto::iri(c), kSubClassOf, super);
  };
  EXPECT_TRUE(sub(Class::Article, cat(kSchema, "NewsArticle")));
  EXPECT_TRUE(sub(Class::Article, cat(kProv, "Entity")));
  EXPECT_TRUE(sub(Class::Event, cat(kSem, "Event")));
  EXPECT_TRUE(sub(Class::Event, cat(kSchema, "Event")));
  EXPECT_TRUE(sub(Class::Actor, cat(kSem, "Actor")));
  EXPECT_TRUE(sub(Class::Actor, cat(kProv, "Agent")));
  EXPECT_TRUE(sub(Class::Place, cat(kSem, "Place")));
  EXPECT_TRUE(sub(Class::Place, cat(kSchema, "Place")));
  EXPECT_TRUE(sub(Class::Person, cat(kSchema, "Person")));
  EXPECT_TRUE(sub(Class::Organization, cat(kSchema, "Organization")));
}

TEST(Ontology, detectsMissingTerm) {
  // The checks above must be able to fail: a term that is not in the file is reported missing.
  const std::string missing = cat(ng::onto::kNs, "NoSuchTerm");
  EXPECT_FALSE(onto().has(missing, kType, kOwlClass));
  EXPECT_FALSE(onto().has(missing, kType, kObjectProperty));
  EXPECT_FALSE(onto().has(missing, kType, kDatatypeProperty));
  EXPECT_EQ(onto().count(missing, kLabel), 0U);
  EXPECT_FALSE(onto().hasPlainText(missing, kLabel));
  EXPECT_FALSE(onto().hasPlainText(missing, kComment));
  // And a wrong superclass is not found either.
  EXPECT_FALSE(
      onto().has(ng::onto::iri(Class::Person), kSubClassOf, ng::onto::iri(Class::Place)));
}

}  // namespace
