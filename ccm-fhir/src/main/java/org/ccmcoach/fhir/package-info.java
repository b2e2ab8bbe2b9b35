/**
 * FHIR R4 in and out of ccm: reading resources as hostile input, the one exception, canonical URLs.
 */
package org.ccmcoach.fhir;
