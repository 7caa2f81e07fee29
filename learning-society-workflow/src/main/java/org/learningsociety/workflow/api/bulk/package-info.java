/**
 * A village's list sent in bulk, as JSON, CSV or an Excel workbook: reading each into the core's rows
 * (numbered as the sender counts them, refusing broken files, formulas and wrong columns with the row
 * and column named), and writing the pre-filled workbook an officer fills and sends back.
 */
package org.learningsociety.workflow.api.bulk;
