/**
 * Instruments as Questionnaires and back; QuestionnaireResponses as assessment responses.
 */
package org.ccmcoach.fhir.questionnaire;
