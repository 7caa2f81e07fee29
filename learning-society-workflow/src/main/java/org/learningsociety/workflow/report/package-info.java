/**
 * The reporting processes' Camunda side: thin delegates that call the core's {@code ReportService}
 * and {@code HonouringCongress}, the reporting tasks' listeners (one fills in and stores the unit's
 * indicator values on the yearly report's submission task), the notifier that tells a parent's
 * process its children have reported, and their auto-configuration.
 */
package org.learningsociety.workflow.report;
