/** The ward's portal, started whole on a random port, with the starter added: what it had still behaves as before. */
package org.example.existingportal;
