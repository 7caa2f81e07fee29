/** A host portal's own code, for the tests that embed the library beside it. */
package org.example.hostportal;
