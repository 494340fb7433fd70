package io.github.kaohe.sensitivity;

import io.github.kaohe.model.Label;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;

/**
 * One entity's place (名次) and rewards over the samples. Places run from 1; an entity that takes
 * no place in a sample (excluded, out of scope) counts as placed after every other, at
 * {@code fieldSize + 1}. Probabilities are shares of the samples, in [0, 1].
 *
 * @param id the entity's id
 * @param name its name
 * @param nominalPlace its place under the policy as declared ({@code fieldSize + 1}: none)
 * @param medianPlace the median place
 * @param low the 5 % quantile of its place (the best place but for the best 5 % of samples)
 * @param high the 95 % quantile of its place
 * @param places the share of samples in each place, by place; in a field too large to keep every
 *     place apart ({@link SensitivityResult#placeBand()} above 1), the share in each band of that
 *     many places, by the band's first place (or the entity's best place, if later), and then the
 *     quantiles are given to the band: {@code low} its first place, {@code high} its last, the
 *     median its middle, each within the entity's best and worst place, which are exact
 * @param first the probability of first place
 * @param nominalMoney the money it receives under the policy as declared, in the rules' unit (万元 in Kaifeng)
 * @param meanMoney the mean money over the samples, same unit, rounded to 4 places
 * @param anyMoney the probability of receiving any money
 * @param keepsReward the probability of receiving at least its nominal money; empty when that is 0
 * @param sanction the probability of any sanction (an action of kind sanction given)
 */
public record EntityUncertainty(
    String id,
    Label name,
    int nominalPlace,
    int medianPlace,
    int low,
    int high,
    SortedMap<Integer, Double> places,
    double first,
    BigDecimal nominalMoney,
    BigDecimal meanMoney,
    double anyMoney,
    OptionalDouble keepsReward,
    double sanction) {
  public EntityUncertainty {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    places = PlaceShares.copyOf(places);
    Objects.requireNonNull(nominalMoney, "nominalMoney");
    Objects.requireNonNull(meanMoney, "meanMoney");
    Objects.requireNonNull(keepsReward, "keepsReward");
  }

  /** Whether the place is the same in every sample. */
  public boolean certain() {
    return low == high && low == nominalPlace;
  }
}
