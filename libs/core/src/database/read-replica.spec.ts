    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
v    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
C    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
C    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
-    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
j    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
V    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
-    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
j    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
[    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
V    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
1    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
1    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
V    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
V    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
3    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
3    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
]    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
N    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
3    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
-    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
v    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
V    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
1    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
V    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
F    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
F    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
F    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
F    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
F    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
F    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
F    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
F    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
V    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
1    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
w    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
y    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
3    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
3    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
K    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
w    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
y    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
w    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
q    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
[    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
3    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
]    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
y    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
k    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
w    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
w    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
v    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
y    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
v    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
k    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
N    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
1    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
y    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
y    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
1    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
U    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
U    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
@    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
y    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
4    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
3    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
w    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
C    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
U    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
U    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
P    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
I    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
Z    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
M    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
X    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
G    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
M    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
H    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
U    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
O    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
W    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
N    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
I    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
N    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
Y    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
M    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
C    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
U    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
q    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
@    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
4    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
3    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
U    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
q    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
@    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
5    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
4    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
3    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
2    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
U    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
P    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
Q    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
w    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
1    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
v    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
C    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
U    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
y    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
q    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
@    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
w    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
C    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
y    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
d    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
C    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
U    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
y    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
q    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
@    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
/    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
M    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
X    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
G    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
M    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
:    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
1    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
0    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
h    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
{    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
x    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
c    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
C    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
n    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
f    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
g    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
m    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
p    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
=    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
>    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
v    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
i    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
b    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
e    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
s    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
r    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
.    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
t    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
o    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
q    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
u    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
a    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
l    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
(    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
[    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
M    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
X    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
G    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
M    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
,    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
T    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
B    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
S    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
E    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
A    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
D    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
_    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
U    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
R    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
L    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
'    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
]    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
     const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
}    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
)    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
;    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);

    const variables = (() => {
      try {
        loadConfig({ ...base, DATABASE_READ_URL: 'mysql://u:p@replica/attesta', DATABASE_READ_MAX_LAG_MS: '10' });
        return [];
      } catch (e) {
        return (e as ConfigError).issues.map((i) => i.variable).sort();
      }
    })();
    expect(variables).toEqual(['DATABASE_READ_MAX_LAG_MS', 'DATABASE_READ_URL']);
