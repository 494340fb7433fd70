package io.github.kaohe.model;

import static io.github.kaohe.model.ModelParts.d;
import static io.github.kaohe.model.ModelParts.l;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A layer adds points when its items are bonuses and takes them when they are deductions; it lists at least one. */
class AdjustmentLayerKindTest {
  @Test
  void aLayerOfBonusesAddsAndALayerOfDeductionsTakes() {
    AdjustmentLayer plus = AdjustmentLayer.of("plus", l("plus"), List.of(AdjustmentItem.of("lab", l("lab"), d("5"))));
    AdjustmentLayer minus = AdjustmentLayer.of("minus", l("minus"), List.of(AdjustmentItem.of("fine", l("fine"), d("-2"))));
    assertThat(plus.isBonus()).isTrue();
    assertThat(minus.isBonus()).isFalse();
  }

  @Test
  void aLayerListsAtLeastOneItem() {
    assertThatThrownBy(() -> AdjustmentLayer.of("plus", l("plus"), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("adjustment layer 'plus' must list at least one item");
  }
}
