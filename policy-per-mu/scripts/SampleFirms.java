import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the illustrative sample of the per-mu policy: 360 industrial firms of 2022 in three
 * counties, about a third of them below scale, with the raw figures the per-mu indicators are
 * derived from. The figures are made up (log-normal around the levels of published benchmarks),
 * and the same on every run:
 *
 * <pre>java policy-per-mu/scripts/SampleFirms.java > policy-per-mu/src/main/resources/io/github/kaohe/policy/permu/sample/firms-2022.csv</pre>
 */
public class SampleFirms {
  static final String[] COUNTIES = {"青溪县", "云台县", "南湖区"};
  static final String[] NAMES = {"华", "盛", "泰", "永", "恒", "立", "东", "新", "宏", "博", "瑞", "金", "嘉", "鼎", "安", "丰"};
  static final String[] TRADES = {"机械", "塑业", "模具", "电子", "汽配", "化工", "医药", "纺织", "新材料", "阀门", "家居", "食品"};

  public static void main(String[] args) {
    SplittableRandom random = new SplittableRandom(2022);
    StringBuilder out = new StringBuilder(
        "entity,period,county,scale,tax,value-added,revenue,land,energy,emissions,rd,staff,electricity\n");
    int n = 0;
    for (int c = 0; c < COUNTIES.length; c++) {
      double level = 1.0 + 0.25 * (c - 1); // the counties differ in level, so their benchmarks do
      for (int k = 0; k < 120; k++) {
        n++;
        String name = COUNTIES[c].substring(0, 2) + NAMES[random.nextInt(NAMES.length)]
            + NAMES[random.nextInt(NAMES.length)] + TRADES[random.nextInt(TRADES.length)] + "有限公司"
            + String.format(Locale.ROOT, "%03d", n);
        boolean above = random.nextDouble() < 0.65;
        // a few firms on less than 3 亩: in the data, not assessed
        double land = k % 40 == 7 ? 2.0 + random.nextInt(10) / 10.0 : 3 + Math.exp(2.5 + random.nextGaussian());
        double taxPerMu = level * (above ? 22 : 9) * Math.exp(0.6 * random.nextGaussian());
        double tax = land * taxPerMu;
        double valueAdded = land * level * (above ? 120 : 45) * Math.exp(0.5 * random.nextGaussian());
        double revenue = valueAdded * (3 + 2 * random.nextDouble());
        double energy = valueAdded / (2.7 * Math.exp(0.5 * random.nextGaussian()));
        double emissions = valueAdded / (4900 * Math.exp(0.7 * random.nextGaussian()));
        double rd = revenue * 0.03 * Math.exp(0.8 * random.nextGaussian());
        double staff = Math.max(5, valueAdded / (18 * Math.exp(0.4 * random.nextGaussian())));
        double electricity = tax / (0.23 * Math.exp(0.5 * random.nextGaussian()));
        boolean noEmissions = above && random.nextDouble() < 0.08; // the case the note's imputation is for
        out.append(String.join(",",
            name, "2022", COUNTIES[c], above ? "规上" : "规下",
            money(tax), money(valueAdded), money(revenue), String.format(Locale.ROOT, "%.2f", land),
            above ? money(energy) : "", above && !noEmissions ? String.format(Locale.ROOT, "%.3f", emissions) : "",
            above ? money(rd) : "", above ? Long.toString(Math.round(staff)) : "", money(electricity)))
            .append('\n');
      }
    }
    System.out.print(out);
  }

  static String money(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
