user = {"name": "ada lovelace", "langs": ["python", "c"]}
print(f"{user['name'].title()} knows {len(user['langs'])}: {', '.join(l.upper() for l in user['langs'])}")
print(f"{user['missing']}")
