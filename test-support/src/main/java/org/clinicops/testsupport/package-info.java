/** The one test setup: a real broker and database, staff logins, API and topic helpers, browser and architecture rules. */
package org.clinicops.testsupport;
