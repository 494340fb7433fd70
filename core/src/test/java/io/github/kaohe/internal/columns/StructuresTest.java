package io.github.kaohe.internal.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StructuresTest {
  @Test
  void theEntityIndexFindsEveryIdItWasGivenAndNoOther() {
    EntityIndex index = new EntityIndex(4);
    for (int i = 0; i < 10_000; i++) {
      assertThat(index.add("e" + i)).isEqualTo(i);
    }
    assertThat(index.add("e17")).isEqualTo(17);
    EntityIndex kept = index.trimmed();
    for (int i = 0; i < 10_000; i++) {
      assertThat(kept.find("e" + i)).isEqualTo(i);
    }
    assertThat(kept.find("e10000")).isEqualTo(-1);
    assertThat(kept.size()).isEqualTo(10_000);
  }

  @Test
  void theEntityIndexTellsApartIdsOfTheSameHash() {
    // "Aa" and "BB" hash alike, and so do all 2^k strings made of them: one slot's chain
    List<String> ids = new ArrayList<>(List.of(""));
    for (int k = 0; k < 8; k++) {
      List<String> longer = new ArrayList<>();
      ids.forEach(id -> longer.addAll(List.of(id + "Aa", id + "BB")));
      ids = longer;
    }
    EntityIndex index = new EntityIndex(4);
    for (int i = 0; i < ids.size(); i += 2) {
      index.add(ids.get(i));
    }
    EntityIndex kept = index.trimmed();
    for (int i = 0; i < ids.size(); i++) {
      assertThat(kept.find(ids.get(i))).isEqualTo(i % 2 == 0 ? i / 2 : -1);
    }
    assertThat(ids.get(0).hashCode()).isEqualTo(ids.get(1).hashCode());
  }

  @Test
  void intSortIsStableAndSortsLikeTheJdk() {
    Random r = new Random(7);
    for (int n : new int[] {0, 1, 5, 24, 25, 1000, 5000}) {
      int[] keys = new int[n];
      for (int i = 0; i < n; i++) {
        keys[i] = r.nextInt(50);
      }
      int[] rows = IntSort.identity(n);
      IntSort.sort(rows, 0, n, (a, b) -> Integer.compare(keys[a], keys[b]));
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        expected.add(i);
      }
      expected.sort(Comparator.comparingInt(i -> keys[i]));
      assertThat(Arrays.stream(rows).boxed().toList()).isEqualTo(expected);
    }
  }

  @Test
  void textColumnsShareOneCodePerValue() {
    TextColumn.Builder b = new TextColumn.Builder(2);
    b.set(0, "东区");
    b.set(3, "西区");
    b.set(5, "东区");
    TextColumn c = b.build(6);
    assertThat(c.code(0)).isEqualTo(c.code(5));
    assertThat(c.code(1)).isEqualTo(-1);
    assertThat(c.get(3)).isEqualTo("西区");
    assertThat(c.distinct()).isEqualTo(2);
  }

  @Test
  void bitsResizeDropsTheBitsBeyond() {
    long[] bits = Bits.of(130);
    Bits.set(bits, 3);
    Bits.set(bits, 100);
    Bits.set(bits, 129);
    long[] cut = Bits.resize(bits, 101);
    assertThat(Bits.get(cut, 100)).isTrue();
    assertThat(Bits.get(cut, 129)).isFalse();
    assertThat(Bits.count(cut)).isEqualTo(2);
  }
}
