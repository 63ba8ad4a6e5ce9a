import type { NameInfo } from './name-info';

const ENTRA = 'Microsoft identity platform: access and ID token claims reference';
const COGNITO = 'Amazon Cognito Developer Guide: understanding user pool JSON web tokens';
const KEYCLOAK = 'Keycloak Server Administration Guide';
const GITHUB = 'GitHub Actions: about security hardening with OpenID Connect';

/**
 * Unregistered claims that widespread issuers put in their tokens: Microsoft Entra, AWS Cognito,
 * Keycloak, Auth0, Okta, Google, Firebase, GitHub Actions, Kubernetes. Namespaced custom claims
 * ("https://…") are the issuer's own and are not catalogued.
 */
export const VENDOR_CLAIMS: Readonly<Record<string, NameInfo>> = {
  scp: {
    title: 'Scopes (delegated)',
    description:
      'Entra and Okta: the delegated permissions granted to the app, space-separated in Entra, an array in Okta.',
    ref: ENTRA,
  },
  oid: {
    title: 'Object ID',
    description: 'Entra: the user’s immutable ID across every app in the tenant; the right key for a user record.',
    ref: ENTRA,
    type: 'string',
  },
  tid: {
    title: 'Tenant ID',
    description:
      'Entra: the directory (tenant) the user signed in to. Multi-tenant apps must check it against an allow-list.',
    ref: ENTRA,
    type: 'string',
  },
  upn: {
    title: 'User principal name',
    description: 'Entra: the user’s sign-in name. It can change and be reassigned: never use it as a key.',
    ref: ENTRA,
    type: 'string',
  },
  unique_name: {
    title: 'Unique name (v1.0)',
    description: 'Entra v1.0 tokens: a display-only sign-in name. Not guaranteed unique or stable, despite the name.',
    ref: ENTRA,
    type: 'string',
  },
  appid: {
    title: 'Application ID (v1.0)',
    description: 'Entra v1.0 tokens: the client that requested the token; "azp" in v2.0 tokens.',
    ref: ENTRA,
    type: 'string',
  },
  appidacr: {
    title: 'Client authentication (v1.0)',
    description: 'Entra v1.0: how the client authenticated: "0" public client, "1" secret, "2" certificate.',
    ref: ENTRA,
    type: 'string',
  },
  azpacr: {
    title: 'Client authentication (v2.0)',
    description: 'Entra v2.0: how the client authenticated: "0" public client, "1" secret, "2" certificate.',
    ref: ENTRA,
    type: 'string',
  },
  ver: {
    title: 'Token version',
    description:
      'Entra: "1.0" or "2.0", which changes the issuer URL and several claims; Okta: the token format version.',
    ref: ENTRA,
    type: 'string',
  },
  idp: {
    title: 'Identity provider',
    description: 'Entra: who authenticated the user when it is not the token’s issuer, e.g. a guest’s home tenant.',
    ref: ENTRA,
    type: 'string',
  },
  idtyp: {
    title: 'Identity type',
    description: 'Entra (optional claim): "app" for an app-only token, "user" for a user token.',
    ref: ENTRA,
    type: 'string',
  },
  uti: {
    title: 'Token identifier',
    description: 'Entra: an internal ID of the token, useful in Microsoft support requests. Do not validate it.',
    ref: ENTRA,
    type: 'string',
  },
  rh: { title: 'Refresh hint', description: 'Entra: an opaque internal claim. Ignore it.', ref: ENTRA, type: 'string' },
  aio: {
    title: 'Internal data',
    description: 'Entra: an opaque internal claim. Ignore it.',
    ref: ENTRA,
    type: 'string',
  },
  wids: {
    title: 'Directory roles',
    description: 'Entra: tenant-wide admin roles of the user, as role template IDs.',
    ref: ENTRA,
    type: 'string-array',
  },
  hasgroups: {
    title: 'Has groups (overage)',
    description: 'Entra: the user is in too many groups to list in this token; fetch them from Microsoft Graph.',
    ref: ENTRA,
    type: 'boolean',
  },
  ipaddr: {
    title: 'IP address',
    description: 'Entra v1.0: the client IP the user signed in from.',
    ref: ENTRA,
    type: 'string',
  },
  'cognito:username': {
    title: 'Cognito username',
    description: 'AWS Cognito: the user’s username in the user pool. Use "sub" as the stable key.',
    ref: COGNITO,
    type: 'string',
  },
  'cognito:groups': {
    title: 'Cognito groups',
    description: 'AWS Cognito: the user-pool groups the user belongs to.',
    ref: COGNITO,
    type: 'string-array',
  },
  'cognito:roles': {
    title: 'Cognito roles',
    description: 'AWS Cognito: the IAM role ARNs of the user’s groups.',
    ref: COGNITO,
    type: 'string-array',
  },
  'cognito:preferred_role': {
    title: 'Cognito preferred role',
    description: 'AWS Cognito: the IAM role of the user’s highest-precedence group.',
    ref: COGNITO,
    type: 'string',
  },
  token_use: {
    title: 'Token use',
    description: 'AWS Cognito: "id" or "access". An API must accept only "access" tokens.',
    ref: COGNITO,
    type: 'string',
  },
  origin_jti: {
    title: 'Origin token ID',
    description: 'AWS Cognito: ties tokens from the same authentication, so revoking a refresh token revokes them.',
    ref: COGNITO,
    type: 'string',
  },
  event_id: {
    title: 'Event ID',
    description: 'AWS Cognito: the authentication event that issued the token.',
    ref: COGNITO,
    type: 'string',
  },
  username: {
    title: 'Username',
    description: 'AWS Cognito access tokens: the user’s username. Not a stable key; prefer "sub".',
    ref: COGNITO,
    type: 'string',
  },
  realm_access: {
    title: 'Realm roles',
    description: 'Keycloak: {"roles": [...]} granted to the user in the whole realm.',
    ref: KEYCLOAK,
  },
  resource_access: {
    title: 'Client roles',
    description: 'Keycloak: roles per client, as {"client-id": {"roles": [...]}}.',
    ref: KEYCLOAK,
  },
  typ: {
    title: 'Token type (Keycloak)',
    description: 'Keycloak puts the token kind in the payload: "Bearer", "ID", "Refresh". Not the header "typ".',
    ref: KEYCLOAK,
  },
  session_state: {
    title: 'Session state',
    description: 'Keycloak: the ID of the user’s SSO session (also in "sid").',
    ref: KEYCLOAK,
  },
  'allowed-origins': {
    title: 'Allowed origins',
    description: 'Keycloak: web origins the client may call from (CORS).',
    ref: KEYCLOAK,
  },
  permissions: {
    title: 'Permissions',
    description: 'Auth0 with RBAC: the API permissions granted to the user, as an array.',
    ref: 'Auth0 docs: role-based access control',
    type: 'string-array',
  },
  gty: {
    title: 'Grant type',
    description: 'Auth0: the OAuth grant that issued the token, e.g. "client-credentials" for a machine token.',
    ref: 'Auth0 docs: access tokens',
  },
  org_id: {
    title: 'Organization ID',
    description: 'Auth0 Organizations: the organization the user logged in to; check it in multi-tenant apps.',
    ref: 'Auth0 docs: organizations',
    type: 'string',
  },
  cid: {
    title: 'Client ID (Okta)',
    description: 'Okta access tokens: the client the token was issued to.',
    ref: 'Okta docs: access token claims',
    type: 'string',
  },
  uid: {
    title: 'User ID (Okta)',
    description: 'Okta access tokens: the user’s Okta ID.',
    ref: 'Okta docs: access token claims',
    type: 'string',
  },
  hd: {
    title: 'Hosted domain',
    description: 'Google: the Google Workspace domain of the user. Check it to limit sign-in to your organization.',
    ref: 'Google Identity: OpenID Connect',
    type: 'string',
  },
  firebase: {
    title: 'Firebase',
    description: 'Firebase Auth: the sign-in provider and linked identities of the user.',
    ref: 'Firebase docs: verify ID tokens',
    type: 'object',
  },
  user_id: {
    title: 'User ID (Firebase)',
    description: 'Firebase Auth: the user’s UID, equal to "sub".',
    ref: 'Firebase docs: verify ID tokens',
  },
  repository: {
    title: 'Repository',
    description: 'GitHub Actions OIDC: the "owner/repo" the workflow ran in. Trust policies must pin it.',
    ref: GITHUB,
    type: 'string',
  },
  repository_owner: {
    title: 'Repository owner',
    description: 'GitHub Actions OIDC: the organization or user.',
    ref: GITHUB,
    type: 'string',
  },
  ref: {
    title: 'Git ref',
    description: 'GitHub Actions OIDC: the branch or tag that triggered the run, e.g. "refs/heads/main".',
    ref: GITHUB,
    type: 'string',
  },
  sha: {
    title: 'Commit SHA',
    description: 'GitHub Actions OIDC: the commit the workflow ran on.',
    ref: GITHUB,
    type: 'string',
  },
  workflow: {
    title: 'Workflow',
    description: 'GitHub Actions OIDC: the name of the workflow.',
    ref: GITHUB,
    type: 'string',
  },
  job_workflow_ref: {
    title: 'Job workflow ref',
    description: 'GitHub Actions OIDC: the workflow file and ref of the job, including reusable workflows.',
    ref: GITHUB,
    type: 'string',
  },
  environment: {
    title: 'Environment',
    description: 'GitHub Actions OIDC: the deployment environment of the job, if any.',
    ref: GITHUB,
    type: 'string',
  },
  actor: {
    title: 'Actor',
    description: 'GitHub Actions OIDC: the account that started the run.',
    ref: GITHUB,
    type: 'string',
  },
  run_id: {
    title: 'Run ID',
    description: 'GitHub Actions OIDC: the ID of the workflow run.',
    ref: GITHUB,
    type: 'string',
  },
  event_name: {
    title: 'Event name',
    description: 'GitHub Actions OIDC: the event that triggered the run, e.g. "push" or "pull_request".',
    ref: GITHUB,
    type: 'string',
  },
  'kubernetes.io': {
    title: 'Kubernetes binding',
    description: 'Kubernetes service account tokens: the namespace, service account and pod the token is bound to.',
    ref: 'Kubernetes docs: service account tokens',
    type: 'object',
  },
};
