/** The five learning models and their subjects: households, clans, communities, organisations, persons. */
package org.learningsociety.core.subject;
