#include "table.h"

#include <algorithm>

namespace dyad::cli {
namespace {

size_t Chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The first `chars` characters of `s`, whole UTF-8 sequences only.
std::string Cut(const std::string& s, size_t chars) {
  size_t n = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == chars) break;
      ++n;
    }
  }
  return s.substr(0, i);
}

std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

}  // namespace

Table::Table(std::vector<std::string> header, std::vector<size_t> max_widths)
    : max_(std::move(max_widths)) {
  for (std::string& h : header) {
    right_.push_back(!h.empty() && h[0] == '>');
    header_.push_back(right_.back() ? h.substr(1) : h);
  }
  max_.resize(header_.size(), 0);
}

void Table::Add(std::vector<std::string> row) {
  row.resize(header_.size());
  for (size_t i = 0; i < row.size(); ++i) {
    row[i] = OneLine(std::move(row[i]));
    if (max_[i] > 0 && Chars(row[i]) > max_[i]) {
      row[i] = Cut(row[i], max_[i] - 1) + "\u2026";
    }
  }
  rows_.push_back(std::move(row));
}

void Table::Print(std::ostream& out) const {
  std::vector<size_t> width(header_.size());
  for (size_t i = 0; i < header_.size(); ++i) width[i] = Chars(header_[i]);
  for (const auto& row : rows_) {
    for (size_t i = 0; i < row.size(); ++i) {
      width[i] = std::max(width[i], Chars(row[i]));
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string text;
    for (size_t i = 0; i < cells.size(); ++i) {
      std::string pad(width[i] - Chars(cells[i]), ' ');
      if (i > 0) text += "  ";
      text += right_[i] ? pad + cells[i] : cells[i] + pad;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out << text << '\n';
  };
  line(header_);
  for (const auto& row : rows_) line(row);
}

}  // namespace dyad::cli
