package io.github.kaohe.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The compact map of an entity's place shares behaves as the {@code TreeMap} it replaces. */
class PlaceSharesProperties {
  @Property
  void isTheSortedMapATreeMapWouldBe(
      @ForAll @Size(max = 40) Map<@IntRange(min = 1, max = 200) Integer, @DoubleRange(min = 0, max = 1) Double> given,
      @ForAll @IntRange(min = -5, max = 210) int a,
      @ForAll @IntRange(min = -5, max = 210) int b) {
    TreeMap<Integer, Double> tree = new TreeMap<>(given);
    SortedMap<Integer, Double> shares = PlaceShares.copyOf(given);

    assertThat(shares).isEqualTo(tree);
    assertThat(tree).isEqualTo(shares);
    assertThat(shares.hashCode()).isEqualTo(tree.hashCode());
    assertThat(new ArrayList<>(shares.entrySet())).isEqualTo(new ArrayList<>(tree.entrySet()));
    assertThat(List.copyOf(shares.keySet())).isEqualTo(List.copyOf(tree.keySet()));
    assertThat(shares.get(a)).isEqualTo(tree.get(a));
    assertThat(shares.containsKey(b)).isEqualTo(tree.containsKey(b));
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    assertThat(shares.subMap(lo, hi)).isEqualTo(tree.subMap(lo, hi));
    assertThat(shares.headMap(a)).isEqualTo(tree.headMap(a));
    assertThat(shares.tailMap(b)).isEqualTo(tree.tailMap(b));
    assertThat(shares.tailMap(lo).headMap(hi)).isEqualTo(tree.tailMap(lo).headMap(hi));
    if (!tree.isEmpty()) {
      assertThat(shares.firstKey()).isEqualTo(tree.firstKey());
      assertThat(shares.lastKey()).isEqualTo(tree.lastKey());
    }
    assertThat(PlaceShares.copyOf(shares)).isSameAs(shares);
  }

  @Test
  void isImmutableAndSaysWhatItCannotGive() {
    SortedMap<Integer, Double> shares = PlaceShares.copyOf(Map.of(3, 0.25, 1, 0.75));
    SortedMap<Integer, Double> none = PlaceShares.copyOf(Map.of());

    assertThat(shares).containsExactly(Map.entry(1, 0.75), Map.entry(3, 0.25));
    assertThat(shares.comparator()).isNull();
    assertThatThrownBy(() -> shares.put(2, 0.5)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> shares.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> shares.subMap(3, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(none::firstKey).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(none::lastKey).isInstanceOf(NoSuchElementException.class);
    assertThat(shares.get("1")).isNull();
  }
}
