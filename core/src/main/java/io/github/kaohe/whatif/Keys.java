package io.github.kaohe.whatif;

import io.github.kaohe.data.DataReader;
import io.github.kaohe.model.Expression;
import io.github.kaohe.model.Fact;
import io.github.kaohe.model.Indicator;
import io.github.kaohe.model.Label;
import io.github.kaohe.model.Scheme;
import io.github.kaohe.model.ValidRange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The data keys a scheme's indicators are computed from. */
final class Keys {
  private Keys() {}

  /** Each indicator's own key, or the facts its formula reads (through derived facts), in table order. */
  static List<String> of(Scheme scheme) {
    Set<String> keys = new LinkedHashSet<>();
    for (Indicator i : scheme.indicators()) {
      if (i.formula().isPresent()) {
        names(i.formula().get().expression(), scheme, keys, new LinkedHashSet<>());
      } else {
        keys.add(i.id());
      }
    }
    return List.copyOf(keys);
  }

  private static void names(Expression e, Scheme scheme, Set<String> out, Set<String> seen) {
    if (e instanceof Expression.Name n) {
      Optional<Fact> fact = fact(scheme, n.id());
      if (fact.isPresent() && fact.get().formula().isPresent()) {
        if (seen.add(n.id())) {
          names(fact.get().formula().get().expression(), scheme, out, seen);
        }
      } else {
        out.add(n.id());
      }
    } else if (e instanceof Expression.Negate g) {
      names(g.operand(), scheme, out, seen);
    } else if (e instanceof Expression.Binary b) {
      names(b.left(), scheme, out, seen);
      names(b.right(), scheme, out, seen);
    } else if (e instanceof Expression.Call c) {
      c.arguments().forEach(a -> names(a, scheme, out, seen));
    }
  }

  private static Optional<Fact> fact(Scheme scheme, String id) {
    return scheme.rules().facts().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The key with the name and unit its indicator or fact declares. */
  static WhatIf.Key describe(Scheme scheme, String key) {
    Optional<Indicator> i = scheme.findIndicator(key).filter(x -> x.formula().isEmpty());
    if (i.isPresent()) {
      return new WhatIf.Key(key, i.get().name(), i.get().unit(), DataReader.plausible(i.get()));
    }
    return fact(scheme, key).map(f -> new WhatIf.Key(key, f.name(), f.unit(), DataReader.plausible(f)))
        .orElse(new WhatIf.Key(key, Label.of(key, key), "", ValidRange.any()));
  }
}
