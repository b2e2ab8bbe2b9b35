/**
 * Internal: what the JSON and CSV readers and writers share, namely the check that the Jackson on the
 * class path can run ccm-json ({@link org.ccmcoach.json.internal.JacksonCompatibility}), strict UTF-8
 * with the line of every character ({@link org.ccmcoach.json.internal.Utf8Reader}) and streams read
 * one element at a time ({@link org.ccmcoach.json.internal.LazyStream}).
 *
 * <p>Not exported by the module and not part of the API: its types are public only so that
 * {@code org.ccmcoach.json} and {@code org.ccmcoach.json.csv} can use them, and may change or go
 * without notice.
 */
package org.ccmcoach.json.internal;
