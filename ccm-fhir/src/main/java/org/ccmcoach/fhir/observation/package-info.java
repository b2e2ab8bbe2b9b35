/**
 * Score reports, PDSA measures and charts as Observations; Bundles of Observations as series.
 */
package org.ccmcoach.fhir.observation;
