"""How the newsroom names a person: their full name, else their login."""


def display_name(user) -> str:
    """`user`'s full name, or their username when they have none."""
    return user.get_full_name() or user.get_username()
