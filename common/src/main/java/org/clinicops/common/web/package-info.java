/** HTTP plumbing shared by the services: RFC 9457 problem details, request hygiene, body limits and live feeds. */
package org.clinicops.common.web;
