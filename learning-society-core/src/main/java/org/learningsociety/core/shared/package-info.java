/** Small types shared by every part of the domain: periods, errors, events, transactions. */
package org.learningsociety.core.shared;
