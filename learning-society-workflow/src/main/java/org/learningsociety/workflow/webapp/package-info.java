/**
 * Camunda's webapps in Vietnamese: the starter serves Tasklist's and Welcome's {@code vi} locale files,
 * their {@code config.js} (Vietnamese by default, English on request, dates as dd/MM/yyyy) and user styles
 * (the Camunda 8 migration banner hidden), when the portal adds Camunda's webapp.
 */
package org.learningsociety.workflow.webapp;
