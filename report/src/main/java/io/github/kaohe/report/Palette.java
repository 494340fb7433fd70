package io.github.kaohe.report;

/** Colours that stay apart on screen and on a grey-scale printout, for categories and entities. */
final class Palette {
  private static final String[] COLOURS = {
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
    "#1f3b73", "#8c564b",
  };

  private Palette() {}

  /** The i-th colour, repeating after twelve. */
  static String colour(int i) {
    return COLOURS[Math.floorMod(i, COLOURS.length)];
  }
}
