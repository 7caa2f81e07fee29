/** The example portal: configuration, demo data, the dashboard. */
package org.learningsociety.portal;
