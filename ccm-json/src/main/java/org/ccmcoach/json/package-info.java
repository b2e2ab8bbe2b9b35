/**
 * Strict JSON and JSON Lines on Jackson 3: {@link org.ccmcoach.json.CcmJson} (strict reading with
 * precise errors, writing, {@code locate} for rules broken after reading), {@link org.ccmcoach.json.JsonLines}
 * (one value per line, streamed in constant memory), {@link org.ccmcoach.json.CcmJacksonModule} (strict
 * for ccm types in any mapper), and amounts as {@code "USD 12.50"}. Bad input is a
 * {@link org.ccmcoach.json.CcmJsonException}, each problem at its JSON Pointer, line and column; in an
 * application's own mapper, a broken rule is an {@link org.ccmcoach.json.InvalidCcmValueException}
 * (a Jackson input mismatch) placed alike, and {@link org.ccmcoach.json.CcmJson#problems} gives the
 * problems of any of that mapper's failures.
 */
package org.ccmcoach.json;
