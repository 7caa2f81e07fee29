/**
 * Reading the records back a page at a time: the subjects, registrations, decisions and
 * commendations of a unit's whole subtree, past units that went into it included. Nothing here
 * changes a record.
 */
package org.learningsociety.core.listing;
