#pragma once

#include "yamltree.h"

#include <QString>

namespace Promenade::Diff {

// A value of the semantic summary as text: scalars as written, null as "null", maps and lists
// as compact flow YAML (a scalar in it plain when it reads back the same, else double-quoted).
QString valueText(const YamlTree::Ref &node);

} // namespace Promenade::Diff
