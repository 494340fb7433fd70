/**
 * Excel workbooks (.xlsx): reading data sheets for {@link io.github.kaohe.data.DataReader}. A module
 * of its own (kaohe-excel) so that kaohe-core needs no Excel library.
 */
@NullMarked
package io.github.kaohe.xlsx;

import org.jspecify.annotations.NullMarked;
