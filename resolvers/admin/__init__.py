"""The admin panel's API: top-level `admin*` fields on Query and Mutation, ADMIN only
(declared with IsAdmin), each one audited by resolvers.audit.AuditTrail."""
from resolvers.admin.mutations import AdminMutations
from resolvers.admin.queries import AdminQueries

__all__ = ["AdminMutations", "AdminQueries"]
