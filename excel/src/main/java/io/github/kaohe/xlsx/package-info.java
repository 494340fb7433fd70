/**
 * Excel workbooks (.xlsx): reading data sheets for {@link io.github.kaohe.data.DataReader}. Kept out
 * of kaohe-core, whose only dependencies are Jackson and JSpecify.
 */
@NullMarked
package io.github.kaohe.xlsx;

import org.jspecify.annotations.NullMarked;
