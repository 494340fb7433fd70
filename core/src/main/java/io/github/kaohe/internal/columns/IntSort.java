package io.github.kaohe.internal.columns;

/**
 * Sorts row numbers by a comparison of what they stand for, without boxing them: a stable merge
 * sort of an {@code int[]} range (insertion sort for short runs).
 */
public final class IntSort {
  private static final int INSERTION = 24;

  /** Compares two rows. */
  @FunctionalInterface
  public interface Comparator {
    int compare(int a, int b);
  }

  private IntSort() {}

  /** 0, 1, …, n − 1. */
  public static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /** Sorts {@code a[from, to)} stably. */
  public static void sort(int[] a, int from, int to, Comparator c) {
    if (to - from <= INSERTION) {
      insertion(a, from, to, c);
      return;
    }
    int[] buffer = new int[to - from];
    mergeSort(a, buffer, from, to, c);
  }

  private static void mergeSort(int[] a, int[] buffer, int from, int to, Comparator c) {
    if (to - from <= INSERTION) {
      insertion(a, from, to, c);
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, buffer, from, mid, c);
    mergeSort(a, buffer, mid, to, c);
    if (c.compare(a[mid - 1], a[mid]) <= 0) {
      return; // already in order
    }
    int n = mid - from;
    System.arraycopy(a, from, buffer, 0, n);
    int i = 0;
    int j = mid;
    int k = from;
    while (i < n && j < to) {
      a[k++] = c.compare(a[j], buffer[i]) < 0 ? a[j++] : buffer[i++];
    }
    while (i < n) {
      a[k++] = buffer[i++];
    }
  }

  private static void insertion(int[] a, int from, int to, Comparator c) {
    for (int i = from + 1; i < to; i++) {
      int x = a[i];
      int j = i - 1;
      while (j >= from && c.compare(a[j], x) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }
}
