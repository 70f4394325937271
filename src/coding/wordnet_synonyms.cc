#include "src/coding/wordnet_synonyms.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace dyad::coding {

Result<std::vector<std::string>> FirstSenseVerbSynonyms(
    const std::string& wordnet_dir, std::string_view verb) {
  const std::string index_path = wordnet_dir + "/index.verb";
  const std::string data_path = wordnet_dir + "/data.verb";
  std::ifstream index(index_path);
  if (!index) {
    return Error{ErrorCode::kNotFound, index_path + ": cannot be read"};
  }
  // index.verb: "lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt
  // offset...", sorted; the first offset is the most frequent sense.
  std::string key(verb);
  for (char& c : key) {
    if (c == ' ') c = '_';
  }
  std::string line, offset;
  while (std::getline(index, line)) {
    if (line.empty() || line[0] == ' ') continue;  // the licence header
    if (line.compare(0, key.size() + 1, key + " ") != 0) continue;
    std::istringstream fields(line);
    std::string lemma, pos;
    int synsets = 0, pointers = 0;
    fields >> lemma >> pos >> synsets >> pointers;
    std::string skip;
    for (int i = 0; i < pointers; ++i) fields >> skip;
    int senses = 0, tagged = 0;
    fields >> senses >> tagged >> offset;
    break;
  }
  std::vector<std::string> synonyms;
  if (offset.empty()) return synonyms;
  std::ifstream data(data_path);
  if (!data) {
    return Error{ErrorCode::kNotFound, data_path + ": cannot be read"};
  }
  data.seekg(std::strtoll(offset.c_str(), nullptr, 10));
  if (!std::getline(data, line)) return synonyms;
  // data.verb: "offset lex_filenum ss_type w_cnt(hex) word lex_id ...".
  std::istringstream fields(line);
  std::string got, filenum, type, count;
  fields >> got >> filenum >> type >> count;
  if (got != offset) return synonyms;
  const long words = std::strtol(count.c_str(), nullptr, 16);
  for (long i = 0; i < words; ++i) {
    std::string word, lex_id;
    fields >> word >> lex_id;
    if (word == key || word.find('_') != std::string::npos) continue;
    synonyms.push_back(word);
  }
  return synonyms;
}

}  // namespace dyad::coding
