/** Staff logins and roles: HTTP Basic and bearer tokens for the API, a login form for pages, lockout. */
package org.clinicops.common.security;
