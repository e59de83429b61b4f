#include "extract/Coref.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/TextNorm.h"

namespace ng {
namespace {

using onto::Class;

int family(Class c) {
  if (c == Class::Person) return 0;
  if (onto::isA(c, Class::Organization)) return 1;
  if (c == Class::Country) return 2;
  if (onto::isA(c, Class::Place)) return 3;
  return 4;
}

bool isAcronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 8) return false;
  int upper = 0, digits = 0;
  for (unsigned char c : s) {
    if (std::isupper(c)) ++upper;
    else if (std::isdigit(c)) ++digits;
    else if (!(c == '.' || c == '-')) return false;
  }
  // "M23", "G7": a letter with a number.
  return upper >= 2 || (upper == 1 && digits > 0 && std::isupper(static_cast<unsigned char>(s.front())));
}

/// Initials of the capitalized words of a name, hyphenated parts included:
/// "Hayat Tahrir al-Sham" -> "HTS", "United Nations Mission in South Sudan" -> "UNMISS".
std::string initials(std::string_view name, bool withLower) {
  std::string out;
  bool start = true;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c == ' ' || c == '-') {
      start = true;
      continue;
    }
    if (start && (std::isupper(c) || (withLower && std::isalpha(c)))) out.push_back(static_cast<char>(std::toupper(c)));
    start = false;
  }
  return out;
}

/// True when `name` can be the long form of `acr`: its initials spell it, or, failing that,
/// the acronym's letters appear in order among the name's letters, starting with its first
/// ("Jamaat-ul-Ahrar (JuA)"). "Sudan" is no long form of "UNMISS".
bool spells(std::string_view name, std::string_view acr) {
  std::string letters;
  for (unsigned char c : acr)
    if (std::isalpha(c)) letters.push_back(static_cast<char>(std::toupper(c)));
  if (letters.size() < 2 || name.empty()) return false;
  if (initials(name, false) == letters || initials(name, true) == letters) return true;
  if (std::toupper(static_cast<unsigned char>(name.front())) != letters.front()) return false;
  std::size_t k = 0;
  for (unsigned char c : name) {
    if (k < letters.size() && std::toupper(c) == letters[k]) ++k;
  }
  return k == letters.size() && splitWords(std::string(name)).size() >= 2;
}

}  // namespace

void resolveMentions(Document& doc) { resolveMentions(doc, Gazetteer()); }

namespace {

/// What pass 1 looks entities up by, kept as entities are created so that each mention costs
/// lookups rather than a scan of every entity so far: long articles have thousands of them.
class EntityIndex {
 public:
  EntityIndex(const Document& doc, const Gazetteer& gaz) : doc_(doc), gaz_(gaz) {}

  /// Indexes doc.entities[e], just created.
  void add(int e) {
    const LocalEntity& ent = doc_.entities[static_cast<std::size_t>(e)];
    const std::string key = foldKey(ent.name);
    if (family(ent.cls) == 1) {
      if (!isAcronym(ent.name)) {
        initialsOf_.emplace(initials(ent.name, false), e);  // emplace keeps the first entity
        initialsOf_.emplace(initials(ent.name, true), e);
      }
      if (!key.empty()) {
        const auto sp = key.find(' ');
        byTail_[sp == std::string::npos ? std::string() : key.substr(sp + 1)].push_back(e);
        // "Foreign Ministry of Qatar": a state's body, which "the Foreign Ministry" names too.
        if (const auto of = key.find(" of "); ent.cls == Class::GovernmentBody && of != std::string::npos)
          byBody_[key.substr(0, of)].push_back(e);
        // "Polisario Front", "Wagner Group": a name and a head word of organizations after it.
        if (sp != std::string::npos && key.find(' ', sp + 1) == std::string::npos) {
          if (const auto cue = gaz_.orgCue(key.substr(sp + 1)); cue && onto::isA(*cue, Class::Organization))
            byHeadless_[key.substr(0, sp)].push_back(e);
        }
      }
    }
    if (ent.cls == Class::Person) {
      persons_.push_back(e);
      auto words = splitWords(key);
      for (const auto& w : words) {
        auto& list = personsByWord_[w];
        if (list.empty() || list.back() != e) list.push_back(e);
      }
      personWords_.emplace(e, std::move(words));
    }
  }

  /// Indexes the words of another name of person e ("X, alias Y"), so that a partial name
  /// of either finds e.
  void addPersonAlias(int e, const std::string& alias) {
    auto& known = personWords_[e];
    for (auto& w : splitWords(foldKey(alias))) {
      auto& list = personsByWord_[w];
      if (std::find(list.begin(), list.end(), e) == list.end()) list.push_back(e);
      if (std::find(known.begin(), known.end(), w) == known.end()) known.push_back(std::move(w));
    }
  }

  /// The first organization whose initials spell `acronym` ("HTS"), or -1.
  [[nodiscard]] int byInitials(const std::string& acronym) const {
    const auto it = initialsOf_.find(acronym);
    return it == initialsOf_.end() ? -1 : it->second;
  }

  /// The one organization named `folded` (a foldKey()) with a country or demonym in front of
  /// it ("Sudanese army" for "army"), or -1 when none or several are.
  [[nodiscard]] int qualifiedOrganization(const std::string& folded) const {
    const auto it = byTail_.find(folded);
    if (it == byTail_.end()) return -1;
    int match = -1, count = 0;
    for (int e : it->second) {
      const std::string& full = doc_.entities[static_cast<std::size_t>(e)].name;
      const std::string first = full.substr(0, full.find(' '));
      const auto places = gaz_.lookup(first);
      if (gaz_.demonymCode(first) || (!places.empty() && places.front().cls == Class::Country)) {
        match = e;
        ++count;
      }
    }
    return count == 1 ? match : -1;
  }

  /// The one organization named `folded` (one word) and a head word ("Polisario" for the
  /// "Polisario Front", "Wagner" for the "Wagner Group"), or -1 when none or several are.
  [[nodiscard]] int organizationWithHead(const std::string& folded) const {
    const auto it = byHeadless_.find(folded);
    return it == byHeadless_.end() || it->second.size() != 1 ? -1 : it->second.front();
  }

  /// The one state body named `folded` and a country ("the Foreign Ministry" for the "Foreign
  /// Ministry of Qatar"), or -1 when none or several are.
  [[nodiscard]] int stateBody(const std::string& folded) const {
    const auto it = byBody_.find(folded);
    return it == byBody_.end() || it->second.size() != 1 ? -1 : it->second.front();
  }

  /// The one person whose longer name holds every word of `words` ("Ruto" in "William Samoei
  /// Ruto"), or -1 when none or several do.
  [[nodiscard]] int personHolding(const std::vector<std::string>& words) const {
    const std::vector<int>* candidates = &persons_;
    if (!words.empty()) {
      const auto it = personsByWord_.find(words.front());
      if (it == personsByWord_.end()) return -1;
      candidates = &it->second;
    }
    int match = -1, count = 0;
    for (int e : *candidates) {
      const auto& full = personWords_.at(e);
      if (full.size() <= words.size()) continue;
      if (std::all_of(words.begin(), words.end(),
                      [&](const std::string& x) { return std::find(full.begin(), full.end(), x) != full.end(); })) {
        match = e;
        ++count;
      }
    }
    return count == 1 ? match : -1;
  }

 private:
  const Document& doc_;
  const Gazetteer& gaz_;
  std::unordered_map<std::string, int> initialsOf_;                 // both initials() of organizations
  std::unordered_map<std::string, std::vector<int>> byTail_;        // organizations by their folded name minus its first word
  std::unordered_map<std::string, std::vector<int>> byBody_;        // state bodies ("X Ministry of Y") by the words before "of"
  std::unordered_map<std::string, std::vector<int>> byHeadless_;    // two-word organizations by their first word, when the second is a head word
  std::vector<int> persons_;                                        // in creation order
  std::unordered_map<std::string, std::vector<int>> personsByWord_;  // folded word -> persons, in creation order
  std::unordered_map<int, std::vector<std::string>> personWords_;   // person -> its folded words
};

}  // namespace

void resolveMentions(Document& doc, const Gazetteer& gaz) {
  doc.entities.clear();
  std::map<std::string, int> byKey;  // family|folded name -> entity
  const auto text = [&](const Mention& m) { return std::string(doc.slice(m.span)); };

  // Pass 1: full names first (longest first) so partial names can attach to them.
  std::vector<std::size_t> wordCount(doc.mentions.size());
  for (std::size_t i = 0; i < doc.mentions.size(); ++i) wordCount[i] = splitWords(foldKey(text(doc.mentions[i]))).size();
  std::vector<int> order(doc.mentions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return wordCount[static_cast<std::size_t>(a)] > wordCount[static_cast<std::size_t>(b)];
  });

  // Acronyms defined in the text: "Long Name (ABC)".
  std::map<std::string, int> acronymDef;  // acronym -> mention index of the long name
  for (std::size_t i = 0; i + 1 < doc.mentions.size(); ++i) {
    const Mention& a = doc.mentions[i];
    const Mention& b = doc.mentions[i + 1];
    const std::string between(doc.text().substr(a.span.end, b.span.begin > a.span.end ? b.span.begin - a.span.end : 0));
    const std::string acr = text(b);
    // An organization's bracketed acronym need not spell its English name: "Group for the
    // Support of Islam and Muslims (JNIM)", "Kurdistan Workers' Party (PKK)".
    const std::string name = text(a);
    const bool orgAcronym = onto::isA(a.cls, onto::Class::Organization) && !a.demonym && !isAcronym(name) &&
                            name.find(' ') != std::string::npos;
    // An acronym written as a word ("Armed Conflict Location and Event Data Project (Acled)")
    // only when it spells the name.
    const bool wordAcronym = acr.size() >= 3 && acr.size() <= 8 && std::isupper(static_cast<unsigned char>(acr.front())) &&
                             std::all_of(acr.begin() + 1, acr.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                             orgAcronym && doc.text().substr(b.span.end).starts_with(")");
    // ("UNITED NATIONS (AP) —": the news agency of a dateline is no acronym of the name before.)
    if (b.cls == onto::Class::MediaOutlet && !spells(name, acr)) continue;
    if ((between == " (" || between == "(") &&
        ((isAcronym(acr) && (spells(text(a), acr) || orgAcronym)) || (wordAcronym && spells(name, acr))))
      acronymDef[acr] = static_cast<int>(i);
  }

  // Other names given in the text: "Néstor Vera, alias Iván Mordisco", "X, also known as Y",
  // "X (known as Y)": the second mention names the first's entity. Each alias is resolved right
  // after its name.
  std::map<int, int> aliasOf;  // alias mention -> the mention it names again
  for (std::size_t i = 0; i + 1 < doc.mentions.size(); ++i) {
    const Mention& a = doc.mentions[i];
    const Mention& b = doc.mentions[i + 1];
    if (b.span.begin <= a.span.end || family(a.cls) != family(b.cls) || family(a.cls) > 1 || a.demonym || b.demonym)
      continue;
    // The words between, without the commas, brackets and quote marks around them.
    std::string between;
    for (const auto& w : splitWords(foldKey(doc.text().substr(a.span.end, b.span.begin - a.span.end)))) {
      std::string word;
      for (const char c : w)
        if (std::isalnum(static_cast<unsigned char>(c))) word += c;
      if (word.empty()) continue;
      if (!between.empty()) between += ' ';
      between += word;
    }
    static constexpr std::string_view kAliasWords[] = {"alias", "aka", "known as", "also known as", "better known as",
                                                       "nicknamed", "dubbed", "nom de guerre"};
    if (std::find(std::begin(kAliasWords), std::end(kAliasWords), between) != std::end(kAliasWords))
      aliasOf.emplace(static_cast<int>(i + 1), static_cast<int>(i));
  }
  for (const auto& [alias, named] : aliasOf) {
    const auto at = std::find(order.begin(), order.end(), alias);
    order.erase(at);
    order.insert(std::find(order.begin(), order.end(), named) + 1, alias);
  }

  EntityIndex index(doc, gaz);
  std::vector<bool> generic(doc.mentions.size(), false);  // a form every state's body has
  std::set<std::string> genericKeys;
  const auto newEntity = [&](int mi, const std::string& name) {
    LocalEntity e;
    e.cls = doc.mentions[mi].cls;
    e.name = name;
    doc.entities.push_back(std::move(e));
    const int ent = static_cast<int>(doc.entities.size() - 1);
    index.add(ent);
    return ent;
  };

  for (int mi : order) {
    Mention& m = doc.mentions[mi];
    if (m.entity >= 0) continue;
    const std::string t = text(m);
    const int fam = family(m.cls);
    // Demonym mentions carry their country's name as the key.
    const std::string name = m.canonical.empty() ? t : m.canonical;
    // A one-word group's plural and singular are one key: "the Houthis", "Houthi rebels".
    std::string folded = foldKey(name);
    if (fam == 1 && !groupSingular(folded).empty()) folded.pop_back();
    const std::string key = std::to_string(fam) + "|" + folded;
    int ent = -1;
    if (const auto alias = aliasOf.find(mi); alias != aliasOf.end()) {
      ent = doc.mentions[static_cast<std::size_t>(alias->second)].entity;
      if (ent >= 0 && m.cls == Class::Person && doc.entities[static_cast<std::size_t>(ent)].cls == Class::Person)
        index.addPersonAlias(ent, name);
    }
    if (auto it = byKey.find(key); ent < 0 && it != byKey.end()) {
      ent = it->second;
      generic[static_cast<std::size_t>(mi)] = genericKeys.contains(key);
    }
    // An acronym defined in brackets ("(ABC)", "(Acled)"), else one that spells a name.
    if (ent < 0) {
      if (auto d = acronymDef.find(t); d != acronymDef.end() && doc.mentions[d->second].entity >= 0)
        ent = doc.mentions[d->second].entity;
    }
    if (ent < 0 && isAcronym(t)) ent = index.byInitials(t);
    // An organization named without the demonym or country in front of it elsewhere: "the
    // Houthi" after "the Sudanese army", when exactly one such longer name is in the article.
    if (ent < 0 && fam == 1) ent = index.qualifiedOrganization(foldKey(t));
    // "the Foreign Ministry" is the state's body, but no name of it for other articles: every
    // state has one (the form is left out of the entity's names).
    if (ent < 0 && m.cls == Class::GovernmentBody) {
      ent = index.stateBody(folded);
      if (ent >= 0) {
        generic[static_cast<std::size_t>(mi)] = true;
        genericKeys.insert(key);
      }
    }
    if (ent < 0 && fam == 1 && !isAcronym(t) && folded.find(' ') == std::string::npos)
      ent = index.organizationWithHead(folded);
    // A partial name of a person: every word of it appears in exactly one longer person name.
    if (ent < 0 && fam == 0) ent = index.personHolding(splitWords(foldKey(t)));
    if (ent < 0) ent = newEntity(mi, name);
    m.entity = ent;
    byKey.emplace(key, ent);
  }
  for (std::size_t mi = 0; mi < doc.mentions.size(); ++mi) {
    const Mention& m = doc.mentions[mi];
    LocalEntity& e = doc.entities[static_cast<std::size_t>(m.entity)];
    // The most specific class its mentions give: "M23 rebels" (an armed group) and "the M23
    // spokesman" (an organization) are one armed group.
    if (m.cls != e.cls && onto::isA(m.cls, e.cls)) e.cls = m.cls;
    e.mentions.push_back(static_cast<int>(mi));
    if (generic[mi]) continue;
    const std::string t = text(m);
    if (std::find(e.forms.begin(), e.forms.end(), t) == e.forms.end()) e.forms.push_back(t);
  }
}

}  // namespace ng
