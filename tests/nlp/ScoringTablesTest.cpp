// The lookup tables built at model load for fast tagging (PairedModel, DenseModel) must give
// exactly the scores of the LinearModel they are built from, or tagging output would change.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

#include "extract/nlp/LinearModel.h"
#include "extract/nlp/WordFeatures.h"

namespace ng::nlp {
namespace {

// A model with random weights over keys 1..numKeys (hashed), trained by random updates.
LinearModel randomModel(std::size_t numClasses, std::size_t numKeys, std::uint64_t seed) {
  PerceptronTrainer trainer(numClasses);
  std::mt19937_64 rng(seed);
  for (int step = 0; step < 4000; ++step) {
    const std::uint64_t key = featureKey(7, rng() % numKeys);
    trainer.update(key, rng() % numClasses, (rng() % 2 == 0) ? 1.0f : -1.0f);
    trainer.tick();
  }
  return trainer.finish(0.0f);
}

// Keys that the models know and keys they do not, mixed.
std::vector<std::uint64_t> someKeys(std::size_t numKeys, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::uint64_t> keys;
  for (int k = 0; k < 300; ++k) keys.push_back(featureKey(7, rng() % (2 * numKeys)));
  return keys;
}

TEST(ScoringTables, pairedModelGivesTheScoresOfBothModels) {
  const std::size_t classes = 49;
  const LinearModel first = randomModel(classes, 500, 1);
  const LinearModel second = randomModel(classes, 700, 2);
  const PairedModel paired(first, second);
  const auto keys = someKeys(700, 3);

  std::vector<std::int32_t> want1(classes, 0), want2(classes, 0), got1(classes, 0), got2(classes, 0);
  first.addAll(keys, want1);
  second.addAll(keys, want2);
  paired.addAll(keys, got1, got2);
  EXPECT_EQ(got1, want1);
  EXPECT_EQ(got2, want2);
  EXPECT_NE(want1, std::vector<std::int32_t>(classes, 0));

  std::vector<std::int32_t> onlyFirst(classes, 0);
  paired.addAll(keys, onlyFirst, {});
  EXPECT_EQ(onlyFirst, want1);

  // addRows: every key into its own row, then each row compared with a single-key addAll.
  std::vector<std::uint32_t> rows(keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) rows[k] = static_cast<std::uint32_t>(k % 17);
  std::vector<std::int32_t> rows1(17 * classes, 0), rows2(17 * classes, 0);
  paired.addRows(keys, rows, rows1, rows2, classes);
  std::vector<std::int32_t> expect1(17 * classes, 0), expect2(17 * classes, 0);
  for (std::size_t k = 0; k < keys.size(); ++k) {
    first.addAll({&keys[k], 1}, {&expect1[rows[k] * classes], classes});
    second.addAll({&keys[k], 1}, {&expect2[rows[k] * classes], classes});
  }
  EXPECT_EQ(rows1, expect1);
  EXPECT_EQ(rows2, expect2);
}

TEST(ScoringTables, denseModelGivesTheScoresOfItsModel) {
  const std::size_t classes = 9;
  const LinearModel model = randomModel(classes, 400, 4);
  const DenseModel dense(model);
  const auto keys = someKeys(400, 5);

  std::vector<std::int32_t> want(classes, 0), got(classes, 0);
  model.addAll(keys, want);
  dense.addAll(keys, got);
  EXPECT_EQ(got, want);
  EXPECT_NE(want, std::vector<std::int32_t>(classes, 0));

  std::vector<std::uint32_t> rows(keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) rows[k] = static_cast<std::uint32_t>(k % 5);
  std::vector<std::int32_t> gotRows(5 * classes, 0), wantRows(5 * classes, 0);
  dense.addRows(keys, rows, gotRows, classes);
  for (std::size_t k = 0; k < keys.size(); ++k) model.addAll({&keys[k], 1}, {&wantRows[rows[k] * classes], classes});
  EXPECT_EQ(gotRows, wantRows);
}

TEST(ScoringTables, denseModelRejectsTooManyClasses) {
  EXPECT_THROW(DenseModel(randomModel(DenseModel::kMaxClasses + 1, 10, 6)), std::invalid_argument);
}

TEST(ScoringTables, hashDigitsFoldedMatchesHashOfFoldedString) {
  for (const char* s : {"", "abc", "1990", "3.5m", "F-16", "Ünïcode9"})
    EXPECT_EQ(hashDigitsFolded(s), hashString(digitsFolded(s))) << s;
  EXPECT_NE(hashDigitsFolded("a1"), hashDigitsFolded("a"));
}

// Features with weights for most classes are kept as dense rows in the paired table; mixed
// with sparse ones (few keys: many classes each; many keys: few), every way of adding them must
// still give the models' scores.
TEST(ScoringTables, pairedModelWithDenseRowsGivesTheScoresOfBothModels) {
  const std::size_t classes = 49;
  const LinearModel first = randomModel(classes, 30, 11);   // ~130 updates per key: dense
  const LinearModel second = randomModel(classes, 900, 12);  // ~4 per key: sparse
  const LinearModel third = randomModel(classes, 25, 13);
  for (const LinearModel* other : {&second, &third}) {
    const PairedModel paired(first, *other);
    const auto keys = someKeys(900, 14);
    std::vector<std::int32_t> want1(classes, 0), want2(classes, 0), got1(classes, 0), got2(classes, 0);
    first.addAll(keys, want1);
    other->addAll(keys, want2);
    paired.addAll(keys, got1, got2);
    EXPECT_EQ(got1, want1);
    EXPECT_EQ(got2, want2);
    std::vector<std::int32_t> onlySecond(classes, 0);
    paired.addAll(keys, {}, onlySecond);
    EXPECT_EQ(onlySecond, want2);

    // addSplit: a few keys for each pass, as the decoder gives them.
    for (std::size_t b = 0; b + 10 <= keys.size(); b += 10) {
      const std::span<const std::uint64_t> a(&keys[b], 4), c(&keys[b + 4], 6);
      std::vector<std::int32_t> e1(classes, 0), e2(classes, 0), s1(classes, 0), s2(classes, 0);
      first.addAll(a, e1);
      other->addAll(c, e2);
      paired.addSplit(a, s1, c, s2);
      EXPECT_EQ(s1, e1);
      EXPECT_EQ(s2, e2);
    }

    std::vector<std::uint32_t> rows(keys.size());
    for (std::size_t k = 0; k < keys.size(); ++k) rows[k] = static_cast<std::uint32_t>(k % 13);
    std::vector<std::int32_t> rows1(13 * classes, 0), rows2(13 * classes, 0);
    paired.addRows(keys, rows, rows1, rows2, classes);
    std::vector<std::int32_t> expect1(13 * classes, 0), expect2(13 * classes, 0);
    for (std::size_t k = 0; k < keys.size(); ++k) {
      first.addAll({&keys[k], 1}, {&expect1[rows[k] * classes], classes});
      other->addAll({&keys[k], 1}, {&expect2[rows[k] * classes], classes});
    }
    EXPECT_EQ(rows1, expect1);
    EXPECT_EQ(rows2, expect2);
  }
}

}  // namespace
}  // namespace ng::nlp
