package org.learningsociety.core.criteria;

/** A piece of evidence (minh chứng) for an indicator: a reference the portal resolves, and its title. */
public record Evidence(String indicator, String reference, String title) { }
