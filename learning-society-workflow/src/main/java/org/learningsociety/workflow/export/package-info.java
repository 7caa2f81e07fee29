/**
 * Exports officers file and hand out: a report as an Excel workbook laid out as a report to a
 * People's Committee, and a recognition decision's certificate (Giấy công nhận) as a PDF set in the
 * DejaVu Sans font shipped in this jar, so Vietnamese diacritics render on any machine. The API's
 * {@code DownloadsController} serves both.
 */
package org.learningsociety.workflow.export;
